import type { ScorecardInput } from '../schemas';
import { builtOnFirstUse } from '../schemas/builtOnFirstUse';
import { scale, section, yesNo } from './build';

// Built on first use: the script loads on every server call, and most calls never list the presets.
export const financeBankingScorecard: ScorecardInput = builtOnFirstUse(() => ({
  id: 'finance-banking',
  name: 'Finance and banking',
  version: 1,
  sections: [
    section('compliance', 'Compliance', 3, [
      yesNo(
        'call-recording-notice',
        'Did the agent tell the customer the call is recorded, before any personal detail was discussed?',
        'Yes only when the recording notice was given, word for word or by the approved recorded message, before the customer gave personal details. No when late or missing.',
        { critical: true },
      ),
      yesNo(
        'identity-verification',
        'Did the agent complete the full identity verification before sharing or changing anything on the account?',
        'Yes only when every step of the verification procedure was completed (for example full name, date of birth and a security answer or one-time passcode) before any balance, transaction or personal detail was shared or changed. A partial check, a hint at the answer, or verifying after disclosure is No.',
        { critical: true },
      ),
      yesNo(
        'disclosures-verbatim',
        'Were the required disclosures read word for word?',
        'Yes when every disclosure required for this product or transaction (fees, APR, cancellation rights, terms) was read exactly as scripted, without paraphrase or omission. Reading it too fast to follow counts as No. N/A when the call involved no product or transaction that requires a disclosure.',
        { critical: true, allowNA: true },
      ),
      yesNo(
        'no-unauthorised-advice',
        'Did the agent avoid giving financial advice they are not authorised to give?',
        'No when the agent recommended a product, investment or course of action as suitable for the customer, rather than giving facts and referring to an authorised adviser.',
        { critical: true },
      ),
      yesNo(
        'card-data-protected',
        'Did the agent keep card and account numbers protected?',
        'No when the agent read out or asked the customer to say a full card number, PIN, CVV or password outside the secure payment route.',
        { critical: true },
      ),
      yesNo(
        'complaint-recognised',
        'When the customer expressed dissatisfaction, did the agent log it as a complaint and explain the complaint process?',
        'Yes when the dissatisfaction was recognised as a complaint, recorded, and the customer told what happens next and the time frame. N/A when the customer expressed no dissatisfaction.',
        { allowNA: true },
      ),
      yesNo(
        'vulnerability-handled',
        'When the customer showed signs of vulnerability, did the agent follow the vulnerable-customer procedure?',
        'Signs include bereavement, illness, confusion, financial hardship or pressure from a third party. Yes when the agent adapted the call and recorded or referred the case as the procedure says. N/A when there were no signs.',
        { allowNA: true },
      ),
    ]),
    section('accuracy', 'Accuracy', 2, [
      yesNo(
        'rates-and-fees-correct',
        'Were all rates, fees, balances and dates the agent quoted correct?',
        'Check each figure against the system or the published tariff. One wrong figure not corrected on the call is No. N/A when no figure was quoted.',
        { allowNA: true },
      ),
      yesNo(
        'transaction-correct',
        'Was the requested transaction or change carried out correctly, and confirmed back to the customer?',
        'Yes when the amount, account, date and payee (or the changed detail) were read back and match what the customer asked for. N/A when nothing was processed.',
        { allowNA: true },
      ),
      yesNo(
        'next-steps',
        'Did the agent explain what happens next and when?',
        'Yes when the customer was told what will happen, by whom and by when (for example when a payment will clear).',
      ),
    ]),
    section('service', 'Customer experience', 1, [
      yesNo(
        'greeting',
        "Did the agent greet the customer with their own name and the bank's name?",
        'Yes when both names were said in the opening.',
      ),
      scale(
        'empathy',
        "How well did the agent show understanding of the customer's situation?",
        'Judge words, not tone alone: acknowledgement of the situation, reassurance that was true, and adapting to the customer.',
        [
          'Dismissive or rushed the customer',
          'Scripted acknowledgement only',
          'Acknowledged the situation once',
          'Acknowledged and adapted the pace or explanation',
          'Acknowledged, adapted and reassured with concrete help',
        ],
      ),
      scale(
        'clarity',
        'How clearly did the agent explain financial terms and options?',
        'Terms such as APR, pending, overdraft or cooling-off explained in plain words; options compared fairly.',
        [
          'Customer left confused or misled',
          'Jargon left unexplained more than once',
          'Mostly clear; one term unexplained',
          'Clear throughout',
          'Clear, and checked the customer understood before proceeding',
        ],
      ),
    ]),
    section('closing', 'Closing', 1, [
      yesNo(
        'summary',
        'Did the agent summarise what was agreed or done on the account?',
        'Yes when the actions and any amounts or dates were summarised before the close.',
      ),
      yesNo('anything-else', 'Did the agent ask whether there was anything else?', 'N/A when the customer ended the call first.', {
        allowNA: true,
      }),
    ]),
  ],
}));
