// The rich-text editor behind React.lazy: tiptap and its styles load with the first form that shows an editor.
import { Skeleton } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { RichMailEditorProps } from './rich-mail-editor.tsx';

const RichMailEditor = lazy(() => import('./rich-mail-editor.tsx'));

export function MailEditor(props: RichMailEditorProps) {
  return (
    <Suspense fallback={<Skeleton height={(props.minHeight ?? 180) + 70} radius="sm" />}>
      <RichMailEditor {...props} />
    </Suspense>
  );
}
