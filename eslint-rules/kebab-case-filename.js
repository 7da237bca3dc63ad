// ESLint rule: every dot-separated part of a source file's name is kebab-case (CONVENTIONS rule 9),
// e.g. `campaign-writes.service.ts`, `activities.int.test.ts`; not `CampaignWrites.ts` or `campaign_writes.ts`.
import path from 'node:path';

const part = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export default {
  meta: {
    type: 'suggestion',
    docs: { description: 'File names are kebab-case (each dot-separated part).' },
    schema: [],
    messages: { kebab: 'File name "{{name}}" is not kebab-case (use lower-case words joined by "-").' },
  },
  create(context) {
    return {
      Program(node) {
        const name = path.basename(context.filename);
        if (name.split('.').every((p) => part.test(p))) return;
        context.report({ node, messageId: 'kebab', data: { name } });
      },
    };
  },
};
