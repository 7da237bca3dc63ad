// Mustache merge fields over a fixed whitelist. Saving refuses anything else (triple braces, {{&}}, partials,
// delimiter changes, unknown names, sections over unknown names); rendering uses null-prototype views, so even an
// unchecked `{{constructor.constructor(...)()}}` finds nothing and renders as nothing.
import Mustache from 'mustache';

// User templates are many and arbitrary: no process-wide cache of parsed templates.
Mustache.templateCache = undefined;

export const MERGE_FIELDS = [
  'salutation',
  'person.firstName',
  'person.lastName',
  'client.name',
  'agent.name',
  'agent.signature',
  'unsubscribeUrl',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
const ALLOWED = new Set<string>(MERGE_FIELDS);

export type MergeFieldProblem = { message: string; tag: string };

type Span = [string, string, number, number, Span[]?, number?];

/** The first problem of a template's merge fields, or null when it only uses the whitelist. */
export function checkMergeFields(template: string): MergeFieldProblem | null {
  let spans: Span[];
  try {
    spans = Mustache.parse(template) as Span[];
  } catch (error) {
    return { message: 'mail.template.syntax', tag: (error as Error).message.slice(0, 200) };
  }
  return checkSpans(spans, template);
}

function checkSpans(spans: Span[], template: string): MergeFieldProblem | null {
  for (const [kind, name, start, end, children] of spans) {
    const tag = template.slice(start, end);
    if (kind === 'text' || kind === '!') continue;
    if (kind === '{' || kind === '&') return { message: 'mail.template.unescaped', tag };
    if (kind === '>') return { message: 'mail.template.partial', tag };
    if (kind === '=') return { message: 'mail.template.delimiters', tag };
    if (!ALLOWED.has(name)) return { message: 'mail.template.unknownField', tag };
    if ((kind === '#' || kind === '^') && children) {
      const inner = checkSpans(children, template);
      if (inner) return inner;
    }
  }
  return null;
}

export type MergeValues = Record<MergeField, string>;

/** Builds the nested view mustache reads, from null-prototype objects (no inherited names to reach). */
function view(values: Partial<MergeValues>): Record<string, unknown> {
  const root: Record<string, unknown> = Object.create(null);
  for (const [key, value] of Object.entries(values)) {
    const [head, tail] = key.split('.') as [string, string | undefined];
    if (!tail) root[head] = value;
    else {
      const child = (root[head] ??= Object.create(null)) as Record<string, unknown>;
      child[tail] = value;
    }
  }
  return root;
}

/** A marker the signature (trusted, sanitised HTML) stands in as while the body is rendered with escaping. */
const SIGNATURE_MARK = '\u0000veza-signature\u0000';

export function renderHtml(template: string, values: Partial<MergeValues>): string {
  const signature = values['agent.signature'] ?? '';
  const html = Mustache.render(template, view({ ...values, 'agent.signature': signature ? SIGNATURE_MARK : '' }));
  return html.split(SIGNATURE_MARK).join(signature);
}

/** Subjects are plain text: no escaping, and line breaks in values become spaces (no header injection). */
const NL = /[\r\n]+/g;
const flatValues = (values: Partial<MergeValues>) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, (v ?? '').replace(NL, ' ')]));

export function renderSubject(template: string, values: Partial<MergeValues>): string {
  return Mustache.render(
    template,
    view({ ...flatValues(values), 'agent.signature': '' }),
    {},
    { escape: (s: string) => s },
  )
    .replace(NL, ' ')
    .trim();
}

/** Stands in for a merge tag while a template's text part is made, so html-to-text cannot change it (upper case). */
const TAG = /\{\{[^}]*\}\}/g;
const tagMark = (i: number) => `\uE000${i}\uE001`;

/**
 * One campaign's renderer: each template is parsed once (a private mustache writer with its own cache, dropped with
 * the renderer), and the text part is the template's own text rendered per recipient instead of converting every
 * recipient's HTML (html-to-text took three times as long as rendering the HTML).
 */
export function campaignRenderer(toText: (html: string) => string) {
  const writer = new Mustache.Writer();
  const texts = new Map<string, string>();
  const textTemplate = (template: string) => {
    let made = texts.get(template);
    if (made === undefined) {
      const tags: string[] = [];
      const marked = template.replace(TAG, (tag) => tagMark(tags.push(tag) - 1));
      made = toText(marked).replace(/\uE000(\d+)\uE001/g, (_, i: string) => tags[Number(i)] ?? '');
      texts.set(template, made);
    }
    return made;
  };
  const raw = { escape: (s: string) => s };
  return {
    html(template: string, values: Partial<MergeValues>): string {
      const signature = values['agent.signature'] ?? '';
      const marked = view({ ...values, 'agent.signature': signature ? SIGNATURE_MARK : '' });
      return writer.render(template, marked).split(SIGNATURE_MARK).join(signature);
    },
    /** The subject as `renderSubject` makes it, from the parsed template. */
    subject(template: string, values: Partial<MergeValues>): string {
      return writer
        .render(template, view({ ...flatValues(values), 'agent.signature': '' }), {}, raw)
        .replace(NL, ' ')
        .trim();
    },
    /** `signatureText`: the signature's own text part (made once per sender). */
    text(template: string, values: Partial<MergeValues>, signatureText: string): string {
      return writer.render(textTemplate(template), view({ ...values, 'agent.signature': signatureText }), {}, raw);
    },
  };
}
