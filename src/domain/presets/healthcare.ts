import type { ScorecardInput } from '../schemas';
import { builtOnFirstUse } from '../schemas/builtOnFirstUse';
import { scale, section, yesNo } from './build';

// Built on first use: the script loads on every server call, and most calls never list the presets.
export const healthcareScorecard: ScorecardInput = builtOnFirstUse(() => ({
  id: 'healthcare',
  name: 'Healthcare',
  version: 1,
  sections: [
    section('privacy', 'Privacy and identity', 3, [
      yesNo(
        'two-identifiers',
        'Did the agent verify at least two patient identifiers before discussing any health information?',
        'Yes only when two approved identifiers (for example full name and date of birth, or member ID and address) were confirmed before any appointment, result, diagnosis, claim or bill detail was mentioned. Confirming after disclosure is No.',
        { critical: true },
      ),
      yesNo(
        'authorised-caller',
        'When the caller was not the patient, did the agent confirm they are authorised before sharing health information?',
        "Yes when the caller's authority (personal representative, consent on file, parent of a minor) was checked in the record first. N/A when the caller was the patient.",
        { critical: true, allowNA: true },
      ),
      yesNo(
        'minimum-necessary',
        "Did the agent share only the health information needed for the caller's request?",
        'No when the agent volunteered diagnoses, results, other appointments or other people\'s information the request did not need (HIPAA "minimum necessary").',
        { critical: true },
      ),
      yesNo(
        'safe-channel',
        'Did the agent avoid leaving or sending health details over an unsecured channel?',
        'No when health details were left on a voicemail, sent by ordinary email or text, or said while the caller reported being on speaker in a public place without consent. N/A when no message was left or sent.',
        { allowNA: true },
      ),
    ]),
    section('safety', 'Clinical safety', 3, [
      yesNo(
        'urgent-symptoms-escalated',
        'When the caller described urgent symptoms, did the agent follow the escalation protocol at once?',
        'Urgent symptoms are those on the triage list (for example chest pain, difficulty breathing, signs of stroke, thoughts of self-harm). Yes when the agent directed the caller to emergency care or transferred to a clinician immediately, as the protocol says. N/A when no symptom was described.',
        { critical: true, allowNA: true },
      ),
      yesNo(
        'within-scope',
        'Did the agent stay within their role and avoid giving medical advice?',
        'No when a non-clinical agent interpreted results, suggested a diagnosis, or advised on medication or treatment instead of referring to a clinician.',
        { critical: true },
      ),
    ]),
    section('accuracy', 'Accuracy', 2, [
      yesNo(
        'details-correct',
        'Were the appointment, coverage or billing details the agent gave correct?',
        'Check dates, locations, provider names, coverage and amounts against the system. One uncorrected error is No.',
      ),
      yesNo(
        'record-updated',
        'Did the agent update the patient record with what was requested and done?',
        'Judge from the record. N/A when the evaluators cannot see the record.',
        { allowNA: true },
      ),
      yesNo(
        'next-steps',
        'Did the agent tell the caller what happens next and when?',
        'Yes when the caller knows what to do or expect and by when (for example how to prepare for the appointment, when a referral will be processed).',
      ),
    ]),
    section('experience', 'Patient experience', 1, [
      yesNo(
        'greeting',
        "Did the agent greet the caller with their own name and the organisation's name?",
        'Yes when both names were said in the opening.',
      ),
      scale(
        'empathy',
        "How well did the agent respond to the caller's worry, pain or frustration?",
        "Judge what the agent said: acknowledging the situation, patience, and reassurance that did not overstep the agent's role.",
        [
          'Dismissive, impatient or rushed',
          'Scripted acknowledgement only',
          "Acknowledged the caller's situation once",
          'Acknowledged it and gave the caller time',
          'Acknowledged, gave time and offered concrete help within role',
        ],
      ),
      scale(
        'plain-language',
        'How well did the agent use plain language instead of medical or insurance jargon?',
        'Terms such as deductible, prior authorisation or referral explained in everyday words.',
        [
          'Caller could not follow',
          'Several terms unexplained',
          'Mostly plain; one term unexplained',
          'Plain throughout',
          'Plain throughout and checked understanding',
        ],
      ),
      yesNo(
        'summary',
        'Did the agent summarise the outcome of the call before closing?',
        'Yes when what was done and what happens next were both restated.',
      ),
    ]),
  ],
}));
