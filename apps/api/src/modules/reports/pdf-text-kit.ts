// Test helper: the text of a PDF written by pdfkit, good enough to find a number or a word in it. Streams are
// inflated; every ToUnicode CMap is read; the hex strings shown with TJ / Tj are decoded with each CMap (glyph ids of
// the regular and bold subsets overlap), so the result holds one decoding per font.
import zlib from 'node:zlib';

function streams(pdf: Buffer): string[] {
  const out: string[] = [];
  const text = pdf.toString('latin1');
  const re = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    const raw = pdf.subarray(start, end);
    try {
      out.push(zlib.inflateSync(raw).toString('latin1'));
    } catch {
      out.push(raw.toString('latin1'));
    }
    re.lastIndex = end + 'endstream'.length;
  }
  return out;
}

const hex = (h: string) => parseInt(h, 16);
const utf16 = (h: string) => String.fromCodePoint(...(h.match(/.{4}/g) ?? []).map(hex));

function cmap(source: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const [, block] of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, target] of block!.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(\[[^\]]*\]|<[0-9a-f]+>)/gi)) {
      const targets = target!.startsWith('[') ? [...target!.matchAll(/<([0-9a-f]+)>/gi)].map((t) => t[1]!) : null;
      for (let g = hex(lo!); g <= hex(hi!); g += 1)
        map.set(
          g,
          targets ? utf16(targets[g - hex(lo!)]!) : String.fromCodePoint(hex(target!.slice(1, -1)) + g - hex(lo!)),
        );
    }
  }
  for (const [, block] of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, g, u] of block!.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi)) map.set(hex(g!), utf16(u!));
  return map;
}

/** One string per font: all shown text decoded with that font's CMap. */
export function pdfText(pdf: Buffer): string[] {
  const all = streams(pdf);
  const maps = all.filter((s) => s.includes('beginbfrange') || s.includes('beginbfchar')).map(cmap);
  // A TJ array's pieces form one run of text (split only for kerning); pdfmake puts each word with its trailing
  // space in a run of its own, so runs are joined as they are.
  const runs = all.flatMap((s) =>
    [...s.matchAll(/\[([^\]]*)\]\s*TJ|<([0-9a-f]+)>\s*Tj/gi)].map((m) =>
      [...(m[1] ?? `<${m[2]}>`).matchAll(/<([0-9a-f]+)>/gi)].map((h) => h[1]!),
    ),
  );
  const decode = (map: Map<number, string>, h: string) =>
    (h.match(/.{4}/g) ?? []).map((g) => map.get(hex(g)) ?? '').join('');
  return maps.map((map) => runs.map((run) => run.map((h) => decode(map, h)).join('')).join(''));
}
