/** Article extraction, shared by the content script (live DOM) and the CLI (linkedom via ./node-dom). */
export { articleOf, MAX_ARTICLE_CHARS, type ArticleOutcome } from './article-of';
export type { ExtractedPage } from './extracted-page';
export { DEFAULT_MAX_ELEMENTS, extractArticle, extractFromHtml, type ExtractOptions } from './extract-article';
export { isArticleLike } from './is-article-like';
