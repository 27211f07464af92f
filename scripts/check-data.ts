// `npm run check:data`: validates geodata and content on disk; prints each issue as `file › feature › field: message`.
import { collectIssues } from './lib/collectIssues';
import { readContent } from './lib/readContent';
import { formatIssue } from './content/validateContent';

const root = process.cwd();
const content = readContent(root);
const issues = collectIssues(content);

for (const issue of issues) console.log(formatIssue(issue));
const files = new Set(issues.map((i) => i.file));
console.log(
  `\n${issues.length} issue(s) in ${files.size} file(s); checked ${content.areas.length} area files, ` +
    `${Object.keys(content.geodata).length} geodata files`,
);
if (content.areas.length === 0)
  console.log('no area files in src/content/areas: the content is not written yet');
process.exit(issues.length > 0 || content.areas.length === 0 ? 1 : 0);
