import { describe } from 'vitest';
import { negatives, positives } from './helpers.js';

// Reference date 2025-04-09, a Wednesday.
describe('weekday parser', () => {
  positives([
    ['The minister said Tuesday that talks had failed.', [['Tuesday', '2025-04-08']]],
    ['Officials will meet Friday in Geneva.', [['Friday', '2025-04-11']]],
    ['He spoke to reporters on Wednesday.', [['Wednesday', '2025-04-09']]],
    ['Fighting resumed late Wednesday near the border.', [['late Wednesday', '2025-04-09']]],
    ['The vote is set to take place Monday.', [['Monday', '2025-04-14']]],
    ['Police said the attack happened Sunday morning.', [['Sunday morning', '2025-04-06TMO']]],
    ['The ceasefire collapsed last Friday.', [['last Friday', '2025-04-04']]],
    ['Talks are planned for next Tuesday.', [['next Tuesday', '2025-04-15']]],
    ['Earlier Sunday, protesters gathered.', [['Sunday', '2025-04-06']]],
    ['The father could arrive as early as Friday.', [['Friday', '2025-04-11']]],
    ['Lawyers said they would look for ways around Monday\'s ruling.', [['Monday', '2025-04-07']]],
    ['Officials said the talks would open in Istanbul on Monday.', [['Monday', '2025-04-14']]],
    // Counted from the day last mentioned.
    ['Shares closed lower on Friday, April 4, down 3% from the previous Friday.', [['Friday, April 4', '2025-04-04'], ['the previous Friday', '2025-03-28']]],
  ]);
  negatives(['The Sunday Times reported the story.', 'A Fridays-only market opened.', 'She reads the weekday edition.']);
});
