import type { ScorecardInput } from '../schemas';
import { builtOnFirstUse } from '../schemas/builtOnFirstUse';
import { scale, section, yesNo } from './build';

// Built on first use: the script loads on every server call, and most calls never list the presets.
export const generalScorecard: ScorecardInput = builtOnFirstUse(() => ({
  id: 'general',
  name: 'General customer service',
  version: 1,
  sections: [
    section('opening', 'Opening', 1, [
      yesNo(
        'greeting',
        'Did the agent greet the customer with their own name and the company name?',
        "Yes when the greeting, the agent's name and the company name are all said before the customer explains why they called. No when any of the three is missing.",
      ),
      yesNo(
        'identity-check',
        "Did the agent verify the customer's identity with the approved checks before discussing the account?",
        'Yes only when every approved check was completed before any account detail was shared. No when a detail was shared first or a check was skipped. N/A when no account was discussed.',
        { critical: true, allowNA: true },
      ),
      yesNo(
        'reason-confirmed',
        'Did the agent confirm the reason for the call back to the customer?',
        'Yes when the agent restated the need in their own words ("So you\'d like to…") and the customer agreed or corrected it. Simply saying "OK" is No.',
      ),
    ]),
    section('resolution', 'Understanding and resolution', 2, [
      scale(
        'discovery',
        'How well did the agent ask questions to understand the whole need?',
        'Judge the questions asked before a solution was offered, against what the customer needed to get the right outcome.',
        [
          'No questions; jumped to an answer that missed the need',
          'One question; important facts left out',
          'Enough questions for the main need; a related need missed',
          'Questions uncovered the full need with one prompt from the customer',
          'Uncovered the full need, including a related need, without prompting',
        ],
      ),
      yesNo(
        'accurate-information',
        'Was everything the agent told the customer correct and complete?',
        'No when any statement about policy, price, dates or next steps was wrong or left out something the customer needed, unless the agent corrected it before the call ended.',
        { critical: true },
      ),
      yesNo(
        'resolved-or-next-step',
        'Did the agent resolve the issue, or give a specific next step with a time frame?',
        'Yes when the issue was fixed on the call, or the customer was told who will do what by when ("You\'ll get an email within 2 working days"). "Someone will get back to you" is No.',
      ),
      yesNo(
        'hold-etiquette',
        'Did the agent ask before placing the customer on hold and come back within the time promised?',
        'Yes when permission was asked, a reason and time given, and the agent returned or checked in by then. N/A when there was no hold or transfer.',
        { allowNA: true },
      ),
    ]),
    section('communication', 'Communication', 1, [
      scale(
        'clarity',
        'How clearly did the agent explain?',
        'Plain words, one step at a time, jargon explained; judge by whether the customer had to ask again.',
        [
          'Customer could not follow; repeated questions',
          'Several unclear points or unexplained jargon',
          'Mostly clear; one point needed repeating',
          'Clear throughout; no repeats needed',
          'Clear and checked understanding at each step',
        ],
      ),
      yesNo(
        'empathy',
        'When the customer showed frustration or worry, did the agent acknowledge it in words?',
        'Yes when the agent named or recognised the feeling or situation ("I can see this has been frustrating") before moving on. A scripted "sorry for the inconvenience" alone is No. N/A when the customer showed no such feeling.',
        { allowNA: true },
      ),
      yesNo(
        'ownership',
        'Did the agent take ownership, without blaming other teams, systems or the customer?',
        'Yes when the agent used "I will…" language and did not blame. One blaming remark makes it No.',
      ),
      yesNo(
        'no-repetition',
        'Did the agent avoid making the customer repeat information already given?',
        'No when the customer had to repeat something they had already said on this call, including after a transfer.',
      ),
    ]),
    section('closing', 'Closing', 1, [
      yesNo(
        'summary',
        'Did the agent summarise what was done and what happens next?',
        'Yes when both the actions taken and the next steps were stated before the goodbye.',
      ),
      yesNo(
        'anything-else',
        'Did the agent ask whether there was anything else they could help with?',
        'Yes when asked before the close; No when the agent ended the call without asking. N/A when the customer ended the call first.',
        { allowNA: true },
      ),
      yesNo(
        'notes',
        'Did the agent record notes with the reason for the call, the actions taken and next steps?',
        'Judge from the account notes. No when any of the three is missing. N/A when the evaluators cannot see the notes.',
        { allowNA: true },
      ),
    ]),
  ],
}));
