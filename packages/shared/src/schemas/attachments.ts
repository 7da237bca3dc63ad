// Input schemas for attachments and notes on records; parsed by the forms and by the API.
import { z } from 'zod';

/** Control characters (CR, LF, NUL…), path separators and names made only of dots are refused in a file name. */
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME = /[\u0000-\u001f\u007f/\\]/;

export const AttachmentName = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .max(200, 'validation.tooLong')
  .refine((v) => !UNSAFE_NAME.test(v) && !/^\.+$/.test(v), 'files.fileName');

export const AttachFileInput = z.object({
  fileId: z.string().min(1, 'validation.required'),
  ownerId: z.string().min(1, 'validation.required'),
  name: AttachmentName.nullish(),
});

export const RenameAttachmentInput = z.object({ name: AttachmentName });

export const NoteText = z.string().trim().min(1, 'validation.required').max(20_000, 'validation.tooLong');

export const CreateNoteInput = z.object({
  ownerId: z.string().min(1, 'validation.required'),
  text: NoteText,
  pinned: z.boolean().nullish(),
});

export const UpdateNoteInput = z.object({
  text: NoteText.optional(),
  pinned: z.boolean().nullish(),
});

/** Image and PDF types the web previews inline; every other type is only downloaded. */
export const PREVIEW_MIME_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf'] as const;
