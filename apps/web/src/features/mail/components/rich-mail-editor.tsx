// The rich-text body of templates and e-mails (@mantine/tiptap over tiptap's StarterKit): bold, italic, underline,
// headings, lists, links, and a menu that inserts merge fields at the cursor. Loaded lazily (lazy-mail-editor.tsx):
// tiptap stays out of the first load. The value is HTML; the API sanitises it and checks the merge fields.
import '@mantine/tiptap/styles.css';
import { Group, Input, Text } from '@mantine/core';
import { Link, RichTextEditor, type RichTextEditorLabels } from '@mantine/tiptap';
import { useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MergeFieldMenu } from './merge-field-menu.tsx';

export interface RichMailEditorProps {
  label: string;
  description?: string;
  value: string;
  onChange: (html: string) => void;
  error?: string | null;
  minHeight?: number;
}

function useLabels(): Partial<RichTextEditorLabels> {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      boldControlLabel: t('mailEditor.controls.bold'),
      italicControlLabel: t('mailEditor.controls.italic'),
      underlineControlLabel: t('mailEditor.controls.underline'),
      h2ControlLabel: t('mailEditor.controls.heading'),
      bulletListControlLabel: t('mailEditor.controls.bulletList'),
      orderedListControlLabel: t('mailEditor.controls.orderedList'),
      linkControlLabel: t('mailEditor.controls.link'),
      unlinkControlLabel: t('mailEditor.controls.unlink'),
      clearFormattingControlLabel: t('mailEditor.controls.clear'),
      linkEditorInputLabel: t('mailEditor.controls.linkUrl'),
      linkEditorInputPlaceholder: 'https://example.com/',
      linkEditorExternalLink: t('mailEditor.controls.linkNewTab'),
      linkEditorInternalLink: t('mailEditor.controls.linkSameTab'),
      linkEditorSave: t('mailEditor.controls.linkSave'),
    }),
    [t],
  );
}

export default function RichMailEditor(props: RichMailEditorProps) {
  const labels = useLabels();
  const labelId = useId();
  const { onChange } = props;
  const editor = useEditor({
    // StarterKit 3 brings its own link extension; Mantine's (with the link dialog) replaces it.
    extensions: [StarterKit.configure({ link: false, heading: { levels: [2, 3] } }), Link],
    content: props.value,
    immediatelyRender: false,
    onUpdate: ({ editor: e }) => onChange(e.isEmpty ? '' : e.getHTML()),
    editorProps: { attributes: { 'aria-labelledby': labelId, role: 'textbox', 'aria-multiline': 'true' } },
  });
  // A value set from outside (a template picked in the compose dialog) replaces the content.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const current = editor.isEmpty ? '' : editor.getHTML();
    if (props.value !== current) editor.commands.setContent(props.value, { emitUpdate: false });
  }, [editor, props.value]);
  return (
    <Input.Wrapper error={props.error}>
      <Group justify="space-between" mb={4} wrap="nowrap">
        <Input.Label id={labelId}>{props.label}</Input.Label>
        <MergeFieldMenu
          target={props.label}
          disabled={!editor}
          onInsert={(tag) => editor?.chain().focus().insertContent(tag).run()}
        />
      </Group>
      <RichTextEditor editor={editor} labels={labels} aria-invalid={Boolean(props.error)}>
        <RichTextEditor.Toolbar>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Bold />
            <RichTextEditor.Italic />
            <RichTextEditor.Underline />
            <RichTextEditor.ClearFormatting />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.H2 />
            <RichTextEditor.BulletList />
            <RichTextEditor.OrderedList />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Link />
            <RichTextEditor.Unlink />
          </RichTextEditor.ControlsGroup>
        </RichTextEditor.Toolbar>
        <RichTextEditor.Content style={{ minHeight: props.minHeight ?? 180 }} />
      </RichTextEditor>
      {props.description && (
        <Text size="xs" c="dimmed" mt={4}>
          {props.description}
        </Text>
      )}
    </Input.Wrapper>
  );
}
