// Words that mark a sports report, where a town or county name usually stands for its
// team (CoNLL: "Leicestershire beat Somerset", "Barcelona 2 Milan 1" are organisations)
// while a country stays a place (national teams are locations in CoNLL). Lower-cased.
export const SPORTS_WORDS = new Set([
  'soccer', 'football', 'cricket', 'baseball', 'basketball', 'hockey', 'rugby', 'tennis', 'golf', 'boxing',
  'athletics', 'cycling', 'motor', 'racing', 'league', 'division', 'championship', 'cup', 'season', 'match',
  'matches', 'game', 'games', 'goal', 'goals', 'scored', 'scorers', 'halftime', 'half-time', 'innings',
  'wicket', 'wickets', 'runs', 'bowling', 'batting', 'homer', 'inning', 'pitcher', 'striker', 'midfielder',
  'goalkeeper', 'coach', 'beat', 'drew', 'draw', 'defeat', 'standings', 'played', 'won', 'lost', 'points',
  'penalty', 'penalties', 'seed', 'seeded', 'semifinal', 'semi-final', 'quarterfinal', 'quarter-final',
  'tournament', 'title', 'champion', 'champions', 'playoff', 'playoffs', 'club', 'squad', 'attendance',
  'fixtures', 'results', 'stadium', 'victory', 'kick', 'try', 'tries', 'referee', 'umpire', 'olympic',
]);
