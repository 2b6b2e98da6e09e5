/**
 * A light page template around a derived article: the usual furniture (masthead, menus, share bar, related
 * stories, comments, footer) in 8 KB, against a median of about 100 KB for the real news pages the bench puts the
 * same articles in (../news-shells). Extraction is timed on both, so the two can be told apart. Everything is
 * escaped: page text is data, never markup.
 */
import type { BenchPage } from '../pages';

const SECTIONS = ['World', 'Business', 'Markets', 'Politics', 'Technology', 'Science', 'Sport', 'Culture', 'Opinion', 'Weather'];

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function links(prefix: string, count: number): string {
  return Array.from({ length: count }, (_, i) => `<li><a href="/${prefix}/${i}">${SECTIONS[i % SECTIONS.length]} ${prefix} ${i + 1}</a></li>`).join('');
}

export function articleHtml(page: BenchPage, outlet = 'The Bench Courier'): string {
  const title = escape(page.page.title ?? 'Untitled');
  const paragraphs = page.page.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n      ');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${title} | ${outlet}</title>
  <meta property="og:site_name" content="${outlet}">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="1987-03-02T09:00:00Z">
  <style>body{font:16px/1.5 serif;max-width:60em;margin:auto} nav li,footer li{display:inline;margin-right:1em} aside{float:right;width:16em}</style>
</head>
<body>
  <header class="masthead">
    <a class="logo" href="/">${outlet}</a>
    <form role="search"><input name="q" placeholder="Search"><button>Search</button></form>
    <nav class="menu"><ul>${links('section', 30)}</ul></nav>
    <div class="ad ad-leaderboard">Advertisement</div>
  </header>
  <main>
    <article class="story">
      <h1>${title}</h1>
      <p class="byline">By Staff and wire reports · <time datetime="1987-03-02">2 March 1987</time></p>
      <ul class="share"><li><a href="/share/mail">Email</a></li><li><a href="/share/print">Print</a></li><li><a href="/share/link">Copy link</a></li></ul>
      ${paragraphs}
      <div class="ad ad-inline">Advertisement</div>
      <p class="tags">Topics: <a href="/topic/1">Economy</a>, <a href="/topic/2">Trade</a>, <a href="/topic/3">Companies</a></p>
    </article>
    <aside class="related"><h2>Most read</h2><ol>${links('story', 10)}</ol><h2>More from Business</h2><ul>${links('more', 12)}</ul></aside>
    <section class="comments"><h2>Comments (3)</h2>
      <div class="comment"><b>reader1</b><p>Interesting, thanks for reporting this.</p></div>
      <div class="comment"><b>reader2</b><p>Does anyone know what this means for smaller firms?</p></div>
      <div class="comment"><b>reader3</b><p>We saw the same thing happen last year.</p></div>
    </section>
  </main>
  <footer><ul>${links('about', 40)}</ul><p>© ${outlet}. All rights reserved.</p></footer>
</body>
</html>
`;
}
