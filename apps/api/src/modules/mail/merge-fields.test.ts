// Merge fields: only the whitelist passes a save; values are HTML-escaped; nothing outside the view can be reached.
import { describe, expect, it } from 'vitest';
import { htmlToText } from './mail-html.ts';
import { campaignRenderer, checkMergeFields, renderHtml, renderSubject } from './merge-fields.ts';

const values = {
  salutation: 'Vážený pane Nováku',
  'person.firstName': 'Jan',
  'person.lastName': '<b>Novák</b>',
  'client.name': 'Novák & syn',
  'agent.name': 'Ana',
  'agent.signature': '<p>Ana <i>Horvat</i></p>',
  unsubscribeUrl: 'https://crm.example.test/u/abc',
};

describe('merge field check on save', () => {
  it('accepts the whitelisted fields, comments and sections over them', () => {
    expect(
      checkMergeFields('{{salutation}}, {{person.firstName}} {{! note }}{{#agent.signature}}--{{/agent.signature}}'),
    ).toBeNull();
  });

  it.each([
    ['{{{person.firstName}}}', 'mail.template.unescaped'],
    ['{{& person.firstName}}', 'mail.template.unescaped'],
    ['{{> footer}}', 'mail.template.partial'],
    ['{{=<% %>=}}', 'mail.template.delimiters'],
    ['{{person.email}}', 'mail.template.unknownField'],
    ['{{#secrets}}x{{/secrets}}', 'mail.template.unknownField'],
    ['{{#salutation}}{{password}}{{/salutation}}', 'mail.template.unknownField'],
    ['{{constructor.constructor("return process")()}}', 'mail.template.unknownField'],
    ['{{#salutation}}open', 'mail.template.syntax'],
  ])('refuses %s (%s)', (template, message) => {
    expect(checkMergeFields(template)?.message).toBe(message);
  });

  it('names the offending tag', () => {
    expect(checkMergeFields('Hi {{person.email}}!')).toEqual({
      message: 'mail.template.unknownField',
      tag: '{{person.email}}',
    });
  });
});

describe('rendering', () => {
  it('escapes values in HTML and keeps the sanitised signature as HTML', () => {
    const html = renderHtml(
      '<p>{{salutation}},</p><p>{{person.lastName}} / {{client.name}}</p>{{agent.signature}}',
      values,
    );
    expect(html).toBe(
      '<p>Vážený pane Nováku,</p><p>&lt;b&gt;Novák&lt;&#x2F;b&gt; / Novák &amp; syn</p><p>Ana <i>Horvat</i></p>',
    );
  });

  it('renders names outside the view, inherited ones included, as nothing', () => {
    expect(
      renderHtml('[{{constructor.constructor("return process")()}}][{{constructor}}][{{__proto__}}][{{x.y}}]', values),
    ).toBe('[][][][]');
    expect(renderSubject('{{constructor.name}}{{toString}}', values)).toBe('');
  });

  it('renders subjects unescaped and on one line', () => {
    expect(
      renderSubject('Offer for {{client.name}}', { ...values, 'client.name': 'A & B\r\nBcc: x@example.test' }),
    ).toBe('Offer for A & B Bcc: x@example.test');
  });
});

describe('campaignRenderer', () => {
  const render = campaignRenderer(htmlToText);
  const template =
    '<h1>{{client.name}}</h1><p>{{salutation}},</p><p>Hi.</p>{{agent.signature}}<p><a href="{{unsubscribeUrl}}">Stop</a></p>';
  const values = {
    salutation: 'Dear <Ana> & co',
    'client.name': 'Acme',
    'agent.signature': '<p><b>Marta</b></p>',
    unsubscribeUrl: 'https://crm.example/api/unsubscribe/ab',
  };

  it('renders the HTML escaped with the trusted signature, like renderHtml', () => {
    expect(render.html(template, values)).toBe(renderHtml(template, values));
  });

  it('makes the text part from the template: merge tags survive (no upper-cased heading tags), values unescaped', () => {
    const text = render.text(template, values, htmlToText(values['agent.signature']));
    expect(text).toContain('Acme');
    expect(text).toContain('Dear <Ana> & co,');
    expect(text).toContain('Marta');
    expect(text).toContain('Stop [https://crm.example/api/unsubscribe/ab]');
    expect(text).not.toMatch(/\{\{|\uE000/);
  });
});
