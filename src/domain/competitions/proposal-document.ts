// The proposal as a document to upload to a national site (KIPP/SINOVIK): each section's text as blocks a
// renderer can lay out, its word count against the limit, the files and links attached to it, and what would
// make the national form refuse it. Pure: the server renders it (pdfkit), the tests read it.
import { wordCount } from '../innovation/profile';
import type { Proposal } from './entry-rules';
import type { Section } from './template';

export type ProposalBlock = { kind: 'heading' | 'paragraph' | 'quote'; text: string } | { kind: 'item'; text: string; marker: string };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? whole;
    const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });

const tidy = (s: string) =>
  decode(s.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, ''))
    .replace(/[ \t\r\f\v]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();

/**
 * The sanitised rich text (p, br, ul/ol/li, h3/h4, blockquote, inline marks) as blocks: paragraphs, headings,
 * quotes and list items with their bullet or number. Plain text without tags reads as one paragraph per line.
 */
export function richTextBlocks(html: string | null | undefined): ProposalBlock[] {
  if (!html?.trim()) return [];
  const blocks: ProposalBlock[] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  let text = '';
  let kind: 'heading' | 'paragraph' | 'quote' = 'paragraph';
  const flush = () => {
    const t = tidy(text);
    text = '';
    if (!t) return;
    const list = lists.at(-1);
    if (list) {
      list.n++;
      blocks.push({ kind: 'item', text: t, marker: list.ordered ? `${list.n}.` : '•' });
    } else for (const line of t.split('\n')) if (line.trim()) blocks.push({ kind, text: line.trim() });
  };
  for (const part of html.split(/(<\/?(?:p|ul|ol|li|h3|h4|blockquote)\b[^>]*>)/i)) {
    const tag = /^<(\/?)(p|ul|ol|li|h3|h4|blockquote)\b/i.exec(part);
    if (!tag) {
      text += part;
      continue;
    }
    const closing = tag[1] === '/';
    const name = tag[2].toLowerCase();
    flush();
    if (name === 'ul' || name === 'ol') {
      if (closing) lists.pop();
      else lists.push({ ordered: name === 'ol', n: 0 });
    } else if (name === 'h3' || name === 'h4') kind = closing ? 'paragraph' : 'heading';
    else if (name === 'blockquote') kind = closing ? 'paragraph' : 'quote';
  }
  flush();
  return blocks;
}

export interface ProposalAttachment {
  title: string;
  fileName: string | null;
  url: string | null;
}

export interface DocumentSection {
  id: string;
  name: string;
  description: string | null;
  wordLimit: number | null;
  words: number;
  over: boolean;
  blocks: ProposalBlock[];
  attachments: ProposalAttachment[];
}

export interface ProposalDocumentModel {
  sections: DocumentSection[];
  /** Section names over their limit, and empty ones: what the national form would refuse. */
  overLimit: string[];
  empty: string[];
  ready: boolean;
}

export function proposalDocument(sections: readonly Section[], proposal: Proposal, attachments: Record<string, ProposalAttachment[]>): ProposalDocumentModel {
  const out = sections.map((s) => {
    const words = wordCount(proposal[s.id]);
    return {
      id: s.id,
      name: s.name,
      description: s.description ?? null,
      wordLimit: s.wordLimit,
      words,
      over: s.wordLimit !== null && words > s.wordLimit,
      blocks: richTextBlocks(proposal[s.id]),
      attachments: attachments[s.id] ?? [],
    };
  });
  const overLimit = out.filter((s) => s.over).map((s) => s.name);
  const empty = out.filter((s) => s.words === 0).map((s) => s.name);
  return { sections: out, overLimit, empty, ready: overLimit.length === 0 && empty.length === 0 };
}

/** A file name for the document: letters, digits and dashes of the innovation's name, within a sane length. */
export function proposalFileName(innovationName: string, year: number, prefix = 'usulan'): string {
  const slug = innovationName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return `${prefix}-${slug || 'inovasi'}-${year}.pdf`;
}
