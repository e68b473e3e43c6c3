import { describe } from 'vitest';
import { negatives, positives } from './helpers.js';

describe('holiday parser', () => {
  positives([
    ['He was rescued on Thanksgiving Day.', [['Thanksgiving Day', '1999-11-25']], '2000-04-03'],
    ['The campaign runs until Election Day.', [['Election Day', '1998-11-03']], '1998-10-26'],
    ['Shops will close on Christmas Day.', [['Christmas Day', '2025-12-25']]],
    ['Easter 2024 was early.', [['Easter 2024', '2024-03-31']]],
  ]);
  negatives(['a christmas tree', 'The Independence Party won.']);
});
