// Fails the build when a shipped framework or policy file does not match its schema: the package
// casts them at import instead of validating (see src/load-built-in.ts).
import { checkBuiltIns } from '../dist/check-built-ins.js';

const issues = checkBuiltIns();
for (const issue of issues) console.error(`${issue.file}: ${issue.message}`);
process.exitCode = issues.length > 0 ? 1 : 0;
