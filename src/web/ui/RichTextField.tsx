// A rich-text field (Mantine's Tiptap editor) that behaves like a form input: value in, HTML out. Old
// plain-text values become paragraphs. The server keeps only a safe subset of the HTML.
import { Input } from '@mantine/core';
import { Link, RichTextEditor } from '@mantine/tiptap';
import { useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useRef, useState } from 'react';
import '@mantine/tiptap/styles.css';
import { headerClearance } from './headerClearance';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Text typed before the editor existed has no tags: one paragraph per blank-line-separated block. */
export function toHtml(value: string | null | undefined): string {
  if (!value) return '';
  if (/<[a-z][\s\S]*>/i.test(value)) return value;
  return value
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

export function RichTextField({
  label,
  description,
  value,
  onChange,
  error,
  readOnly,
}: {
  label: string;
  description?: string;
  value: string | null;
  onChange: (html: string) => void;
  error?: React.ReactNode;
  readOnly?: boolean;
}) {
  // The latest value, for the editor's callbacks: only real edits may reach the form (and its autosave).
  const current = useRef(value);
  current.current = value;
  // Read once when the editor is made (phone or desktop does not change while it is open).
  const [clearance] = useState(() => headerClearance() + 4);
  const editor = useEditor({
    extensions: [StarterKit.configure({ link: false, heading: { levels: [3, 4] } }), Link.configure({ openOnClick: false })],
    content: toHtml(value),
    editable: !readOnly,
    immediatelyRender: false,
    editorProps: {
      attributes: { 'aria-label': label, role: 'textbox', 'aria-multiline': 'true' },
      // The caret is kept clear of the fixed header and the floating save state (as scroll-padding-top does for
      // inputs): the editor scrolls its selection itself and ignores that.
      scrollThreshold: { top: clearance, bottom: 24, left: 0, right: 0 },
      scrollMargin: { top: clearance, bottom: 24, left: 5, right: 5 },
    },
    onUpdate: ({ editor: e }) => {
      const html = e.isEmpty ? '' : e.getHTML();
      if (html !== toHtml(current.current)) onChange(html);
    },
  });

  // Values that change from outside (a restored draft, a reload) replace the content unless the user is typing.
  useEffect(() => {
    if (!editor || editor.isFocused) return;
    const html = toHtml(value);
    if (html !== editor.getHTML()) editor.commands.setContent(html, { emitUpdate: false });
  }, [editor, value]);

  useEffect(() => {
    editor?.setEditable(!readOnly);
  }, [editor, readOnly]);

  return (
    <Input.Wrapper label={label} description={description} error={error}>
      <RichTextEditor editor={editor} mt={4}>
        {!readOnly && (
          <RichTextEditor.Toolbar>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.Bold />
              <RichTextEditor.Italic />
              <RichTextEditor.Underline />
              <RichTextEditor.ClearFormatting />
            </RichTextEditor.ControlsGroup>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.H3 />
              <RichTextEditor.H4 />
              <RichTextEditor.BulletList />
              <RichTextEditor.OrderedList />
              <RichTextEditor.Blockquote />
            </RichTextEditor.ControlsGroup>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.Link />
              <RichTextEditor.Unlink />
            </RichTextEditor.ControlsGroup>
          </RichTextEditor.Toolbar>
        )}
        <RichTextEditor.Content mih={220} />
      </RichTextEditor>
    </Input.Wrapper>
  );
}
