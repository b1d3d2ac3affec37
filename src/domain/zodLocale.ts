import * as z from 'zod/mini';
import { en } from 'zod/locales';

/**
 * zod/mini carries no wording of its own: without a locale every issue zod raises reads just "Invalid
 * input", and describeIssues could no longer tell a missing field from a wrong one. English is the
 * wording the add-on's messages are written against; registering it once, when any schema or the issue
 * wording is loaded, gives every parse the same text.
 */
z.config(en());
