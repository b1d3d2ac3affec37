// "Create scorecard template" with no preset: a short example showing each kind of criterion, for a team
// to replace with its own.
import { parseWith } from '../errors';
import { scorecardSchema, type Scorecard } from '../schemas';
import { scale, section, yesNo } from './build';

export const BLANK_TEMPLATE_ID = 'blank';

export function blankScorecardExample(): Scorecard {
  return parseWith(
    scorecardSchema,
    {
      id: 'team-scorecard',
      name: 'Team scorecard',
      version: 1,
      sections: [
        section('opening', 'Opening', 1, [
          yesNo(
            'greeting',
            'Did the agent greet the customer and give their name?',
            'Yes when both the greeting and the agent’s name come before the reason for the call.',
          ),
        ]),
        section('handling', 'Handling', 2, [
          scale('empathy', 'How well did the agent acknowledge the customer’s situation?', 'Judge what was said, not the tone alone.', [
            'No acknowledgement',
            'A scripted phrase only',
            'Acknowledged once, in their own words',
            'Acknowledged and adapted the pace',
            'Acknowledged throughout and checked the customer was satisfied',
          ]),
          yesNo('accuracy', 'Was every piece of information given correct?', 'No when any fact, price or policy given was wrong.', {
            critical: true,
          }),
        ]),
      ],
    },
    'Blank scorecard example',
  );
}
