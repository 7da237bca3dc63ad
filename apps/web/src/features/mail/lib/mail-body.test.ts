// The compose body's text <-> HTML: typed markup is escaped, paragraphs and line breaks survive both ways, merge
// fields pass through untouched.
import { describe, expect, it } from 'vitest';
import { htmlToText, textToHtml } from './mail-body.ts';

describe('mail body', () => {
  it('turns text into escaped paragraphs with line breaks', () => {
    expect(textToHtml('{{salutation}},\r\n\r\n<script>x</script> & "q"\nbye\n\n\n')).toBe(
      '<p>{{salutation}},</p><p>&lt;script&gt;x&lt;/script&gt; &amp; &quot;q&quot;<br>bye</p>',
    );
    expect(textToHtml('  \n\n ')).toBe('');
  });

  it('turns a template’s HTML into text', () => {
    expect(htmlToText('<p>{{salutation}},</p><ul><li>one</li><li>two &amp; more</li></ul><p>a<br/>b</p>')).toBe(
      '{{salutation}},\n\n• one\n\n• two & more\n\na\nb',
    );
  });
});
