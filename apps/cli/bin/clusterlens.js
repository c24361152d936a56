#!/usr/bin/env node
// Committed launcher: npm links bins at install time, before the build has produced dist/.
import '../dist/bin.js';
