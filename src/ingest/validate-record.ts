/** Checking one corpus JSONL value against the StoryRecord contract, with a reason a person can act on. */
import type { StoryRecord } from '../core/types';
import { isIsoDate } from './iso-date';
import { recordOf } from './story-record';

export type Validation = { record: StoryRecord } | { problem: string };

const REQUIRED = ['id', 'agency', 'title', 'text'] as const;
const NON_EMPTY = new Set<string>(['id', 'agency', 'text']);

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) : typeof value;
}

/**
 * The record `value` holds, or why it is not one. Required: `id`, `agency`, `text` (non-empty strings) and
 * `title` (a string). Optional (absent or null): `url`, `dateline` (strings), `published` (ISO 8601),
 * `topics` (strings), `version` (whole number from 1), `storyId` (non-empty string). Other fields are dropped.
 */
export function validateRecord(value: unknown): Validation {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problem: `expected a JSON object, got ${describe(value)}` };
  }
  const raw = value as Record<string, unknown>;
  for (const field of REQUIRED) {
    const fieldValue = raw[field];
    if (fieldValue === undefined || fieldValue === null) return { problem: `"${field}" is missing` };
    if (typeof fieldValue !== 'string') return { problem: `"${field}" must be a string, got ${describe(fieldValue)}` };
    if (NON_EMPTY.has(field) && !fieldValue.trim()) return { problem: `"${field}" is empty` };
  }
  const optional = (field: string): unknown => raw[field] ?? undefined;
  for (const field of ['url', 'dateline', 'published']) {
    const fieldValue = optional(field);
    if (fieldValue !== undefined && typeof fieldValue !== 'string') {
      return { problem: `"${field}" must be a string, got ${describe(fieldValue)}` };
    }
  }
  const published = optional('published') as string | undefined;
  if (published !== undefined && !isIsoDate(published)) {
    return { problem: `"published" must be an ISO 8601 date such as 2024-03-05T10:15:00Z, got ${describe(published)}` };
  }
  const topics = optional('topics');
  if (topics !== undefined && !(Array.isArray(topics) && topics.every((topic) => typeof topic === 'string'))) {
    return { problem: `"topics" must be a list of strings, got ${describe(topics)}` };
  }
  const version = optional('version');
  if (version !== undefined && !(typeof version === 'number' && Number.isInteger(version) && version >= 1)) {
    return { problem: `"version" must be a whole number from 1, got ${describe(version)}` };
  }
  const storyId = optional('storyId');
  if (storyId !== undefined && !(typeof storyId === 'string' && storyId.trim())) {
    return { problem: `"storyId" must be a non-empty string, got ${describe(storyId)}` };
  }
  return {
    record: recordOf({
      id: raw.id as string,
      agency: raw.agency as string,
      title: raw.title as string,
      text: raw.text as string,
      url: optional('url') as string | undefined,
      published,
      dateline: optional('dateline') as string | undefined,
      topics: topics as string[] | undefined,
      version: version as number | undefined,
      storyId: storyId as string | undefined,
    }),
  };
}
