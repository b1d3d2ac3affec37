import type { ScorecardInput } from '../schemas';
import { builtOnFirstUse } from '../schemas/builtOnFirstUse';
import { scale, section, yesNo } from './build';

// Built on first use: the script loads on every server call, and most calls never list the presets.
export const retailEcommerceScorecard: ScorecardInput = builtOnFirstUse(() => ({
  id: 'retail-ecommerce',
  name: 'Retail and e-commerce',
  version: 1,
  sections: [
    section('opening', 'Opening', 1, [
      yesNo(
        'greeting',
        "Did the agent greet the customer warmly with their own name and the store's name?",
        'Yes when both names were said in a friendly opening.',
      ),
      yesNo(
        'order-located',
        "Did the agent locate the order and confirm the customer's details before discussing it?",
        "Yes when the order number (or the email and postcode) and the customer's name were confirmed before order details were shared. N/A when no order was involved.",
        { allowNA: true },
      ),
    ]),
    section('soft-skills', 'Soft skills', 3, [
      scale(
        'empathy',
        "How well did the agent show empathy for the customer's situation?",
        'Judge what the agent said: naming the problem\'s impact ("a missing birthday present is stressful"), patience, and tone that matches the customer.',
        [
          'Dismissive, defensive or argued with the customer',
          'Scripted apology only',
          'Acknowledged the problem once',
          'Acknowledged the impact and stayed patient',
          'Acknowledged the impact, personalised the response and reassured with action',
        ],
      ),
      yesNo(
        'positive-language',
        'Did the agent say what they can do rather than what they cannot?',
        'Yes when limits were framed as options ("What I can do is…"). Two or more flat refusals ("We can\'t do that") without an alternative is No.',
      ),
      yesNo(
        'personalised',
        "Did the agent use the customer's name and refer to their order or history?",
        "Yes when the customer's name was used at least once after the opening and the agent referred to the specific items or past orders.",
      ),
      yesNo(
        'no-interruptions',
        'Did the agent let the customer finish speaking without interrupting?',
        'No when the agent talked over the customer more than once.',
      ),
    ]),
    section('resolution', 'Resolution and sales', 2, [
      yesNo(
        'policy-correct',
        'Did the agent apply the return, refund or warranty policy correctly?',
        "No when the agent refused something the policy allows, or promised something it does not allow, without a supervisor's approval. N/A when no policy applied.",
        { critical: true, allowNA: true },
      ),
      yesNo(
        'save-attempt',
        'Before processing a cancellation or return, did the agent offer a suitable alternative?',
        "Yes when an exchange, replacement, repair, store credit or discount that fits the customer's reason was offered once, without pressure. Pushing after a clear no is also No. N/A when no cancellation or return was requested.",
        { allowNA: true },
      ),
      yesNo(
        'relevant-offer',
        'Did the agent make a relevant product suggestion when the moment was right?',
        'Yes for one suggestion that fits what the customer bought or asked about, made after the issue was resolved. N/A when the customer was upset or the issue was unresolved.',
        { allowNA: true },
      ),
      yesNo(
        'delivery-promise',
        'Were delivery dates and refund times stated accurately, without promises the agent cannot keep?',
        'Check against the carrier tracking and the refund policy. Guaranteeing a date the system does not show is No.',
      ),
    ]),
    section('compliance', 'Payment and data', 1, [
      yesNo(
        'payment-data',
        'Did the agent handle payment card data safely?',
        'No when the agent repeated a full card number or security code aloud, wrote it down, or took it outside the secure payment route. N/A when no payment was taken.',
        { critical: true, allowNA: true },
      ),
    ]),
    section('closing', 'Closing', 1, [
      yesNo(
        'summary',
        'Did the agent summarise the resolution and next steps with time frames?',
        'Yes when the outcome and what happens next (with when) were restated.',
      ),
      yesNo(
        'thanks',
        'Did the agent thank the customer and invite them back?',
        'Yes when the agent thanked the customer for their order or patience before the goodbye.',
      ),
    ]),
  ],
}));
