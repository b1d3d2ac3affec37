import type { ScorecardInput } from '../schemas';
import { builtOnFirstUse } from '../schemas/builtOnFirstUse';
import { scale, section, yesNo } from './build';

// Built on first use: the script loads on every server call, and most calls never list the presets.
export const telecomTechScorecard: ScorecardInput = builtOnFirstUse(() => ({
  id: 'telecom-tech',
  name: 'Telecom and technical support',
  version: 1,
  sections: [
    section('opening', 'Opening', 1, [
      yesNo(
        'greeting',
        'Did the agent greet the customer with their own name and the company name?',
        'Yes when both names were said in the opening.',
      ),
      yesNo(
        'account-verified',
        'Did the agent verify the account holder before viewing or changing the account?',
        'Yes only when the approved security check was completed before any account detail was shared or changed. N/A for general questions that need no account.',
        { critical: true, allowNA: true },
      ),
      yesNo(
        'service-identified',
        'Did the agent confirm which service, device or line the problem is on?',
        'Yes when the affected service (line number, device model, router, plan) was confirmed with the customer before troubleshooting.',
      ),
    ]),
    section('troubleshooting', 'Troubleshooting', 3, [
      yesNo(
        'outage-checked',
        'Did the agent check for known outages or incidents before troubleshooting?',
        'Yes when the outage or incident tool was checked (or a known incident mentioned) before the customer was asked to do any step. N/A for non-technical calls.',
        { allowNA: true },
      ),
      yesNo(
        'flow-followed',
        'Did the agent follow the documented troubleshooting flow in order, without skipping required steps?',
        'Compare with the knowledge-base flow for this symptom. Skipping a step is acceptable only when the customer had already done it on this contact and the agent confirmed the result. N/A for non-technical calls.',
        { allowNA: true },
      ),
      scale(
        'diagnosis',
        'How accurately did the agent identify the cause of the problem?',
        "Judge the agent's conclusion against the evidence on the call and the eventual outcome.",
        [
          'Wrong cause; led the customer in the wrong direction',
          'Guessed; cause not established',
          'Narrowed it down but did not confirm the cause',
          'Identified the correct cause with one unnecessary step',
          'Identified the correct cause efficiently and explained it',
        ],
        { allowNA: true },
      ),
      yesNo(
        'fix-confirmed',
        'Did the agent confirm with the customer that the fix worked before ending the troubleshooting?',
        'Yes when the customer tested the service (a call, a page load, a speed test) and it worked, or the agent checked it remotely. N/A when the issue needs a visit or an escalation.',
        { allowNA: true },
      ),
      yesNo(
        'escalation-correct',
        'When the issue could not be fixed on the call, was it escalated to the right team with complete notes?',
        'Yes when the right queue was used and the notes list the symptom, steps already tried and results, so the customer will not repeat them. A technician visit booked when a remote fix was still possible is No. N/A when fixed on the call.',
        { allowNA: true },
      ),
    ]),
    section('accuracy', 'Accuracy and consent', 2, [
      yesNo(
        'technical-accuracy',
        'Was the technical information the agent gave correct?',
        'No when any setting, instruction, compatibility or coverage statement was wrong and not corrected on the call.',
        { critical: true },
      ),
      yesNo(
        'consented-changes',
        "Were account changes (plan, add-ons, charges) made only with the customer's clear agreement?",
        'Yes when each change and its cost were explained and the customer said yes before it was made. Any change made without clear agreement is No. N/A when nothing was changed.',
        { critical: true, allowNA: true },
      ),
    ]),
    section('communication', 'Communication and closing', 1, [
      scale(
        'plain-instructions',
        'How clearly did the agent give step-by-step instructions?',
        'One step at a time, using words for what the customer sees on screen or device, waiting for each step to finish.',
        [
          'Customer could not follow the steps',
          'Several steps given at once or in jargon',
          'Mostly clear; one step repeated',
          'Clear, one step at a time',
          'Clear, paced to the customer, and confirmed each result',
        ],
        { allowNA: true },
      ),
      yesNo(
        'expectations-set',
        'Did the agent set expectations about how long steps, restarts or fixes would take?',
        'Yes when the customer was told how long a restart, an update, a ticket or a visit would take.',
      ),
      yesNo(
        'reference-given',
        'Did the agent give a ticket or reference number when a follow-up is needed?',
        'N/A when no follow-up is needed.',
        { allowNA: true },
      ),
      yesNo(
        'summary',
        'Did the agent summarise what was done and what happens next?',
        'Yes when both the actions and any next steps were restated before the close.',
      ),
    ]),
  ],
}));
