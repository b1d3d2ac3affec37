import * as z from 'zod/mini';
import { plainPhrase } from './issueWords';

/**
 * zod/mini carries no wording of its own: without a locale every issue zod raises reads just "Invalid
 * input". The add-on's own plain wording is registered once, when any schema or the issue wording is
 * loaded, so every parse words its problems for the people reading them, never in the validator's terms.
 */
z.config({ localeError: (issue) => plainPhrase(issue) });
