// Read-only rich text without an editor: the stored HTML rebuilt as React elements from the same small subset the
// server keeps (anything else becomes its text), so nothing in it can run script. Cheap enough for long lists.
import { Typography } from '@mantine/core';
import { createElement, type ReactNode } from 'react';

const TAGS = new Set(['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'ul', 'ol', 'li', 'h3', 'h4', 'blockquote', 'a']);
const SAFE_LINK = /^(https?:|mailto:)/i;

function build(node: Node, key: number): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const el = node as Element;
  const tag = el.tagName.toLowerCase();
  const children = [...el.childNodes].map(build);
  if (!TAGS.has(tag)) return children;
  if (tag === 'br') return createElement('br', { key });
  if (tag === 'a') {
    const href = el.getAttribute('href') ?? '';
    return SAFE_LINK.test(href) ? createElement('a', { key, href, target: '_blank', rel: 'noopener noreferrer' }, ...children) : children;
  }
  return createElement(tag, { key }, ...children);
}

export function SafeHtml({ html, fz = 'sm' }: { html: string; fz?: string }) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return <Typography fz={fz}>{[...doc.body.childNodes].map(build)}</Typography>;
}
