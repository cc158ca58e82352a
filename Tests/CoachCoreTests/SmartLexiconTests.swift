import CoachCore
import Testing

private let today = CalendarDay(year: 2026, month: 11, day: 25) ?? CalendarDay(dayNumber: 0)

/// Development goals for issue 11, written for the kinds of misses it lists
/// (not taken from any blind set): verbs the hand-kept lists lacked, typos,
/// outcome-only goals and numbers that name rather than measure. Specific
/// (S), measurable (M), time-bound (T), 1 for yes.
private let developmentGoals: [(goal: String, s: Int, m: Int, t: Int)] = [
  // Verbs from the lexicon.
  ("Refactor the billing module by March", 1, 0, 1), ("Automate the monthly sales report", 1, 0, 0),
  ("Renovate my kitchen by summer 2027", 1, 0, 1), ("Translate my portfolio into German", 1, 0, 0),
  ("Negotiate a 10% raise", 1, 1, 0), ("Interview 20 customers for the new product", 1, 1, 0),
  ("Memorize 500 Spanish words", 1, 1, 0), ("Rebuild the company website in React", 1, 0, 0),
  ("Draft my thesis proposal by January", 1, 0, 1), ("Apply to 10 jobs a week", 1, 1, 0),
  ("Interview at 5 companies this spring", 1, 1, 1),
  ("Mentor two junior developers by June", 1, 1, 1),
  ("Coordinate a team offsite in March", 1, 1, 1), ("Digitize 200 patient files by Q2", 1, 1, 1),
  // Feelings and states from the lexicon.
  ("Love my job again", 0, 0, 0), ("Appreciate my team more", 0, 0, 0),
  ("Remain calm in meetings", 0, 0, 0),
  // Typos in the goal.
  ("get my certifcate in 2027", 1, 1, 1), ("finsh my degree by 2028", 1, 1, 1),
  ("compelte the AWS course by March", 1, 1, 1), ("Publsh two articles by June", 1, 1, 1),
  ("Lanch my online store in Q2", 1, 1, 1), ("get promtoed by next year", 1, 1, 1),
  ("Imporve my Python skills", 0, 0, 0), ("Get my nursing licnese by fall 2027", 1, 1, 1),
  ("Run a marathn in Febuary", 1, 1, 1),
  // Outcome-only goals.
  ("A promotion to senior engineer by June", 1, 1, 1), ("Senior engineer title by 2027", 1, 1, 1),
  ("Ten new clients by March", 1, 1, 1), ("Happier at work", 0, 0, 0), ("More money", 0, 0, 0),
  ("A leadership role within two years", 1, 1, 1), ("Hired as a data analyst by spring", 1, 1, 1),
  // Numbers that name rather than measure.
  ("Support my 4 direct reports", 1, 0, 0), ("Keep my 3 main clients happy", 0, 0, 0),
  ("Train our 12 new hires on the CRM", 1, 0, 0), ("Grow my 3 main accounts by 20%", 1, 1, 0),
  ("Meet with my 5 mentees every month", 1, 1, 0),
  // More everyday goals.
  ("Research graduate programs in Canada", 1, 0, 0), ("Think about changing careers", 0, 0, 0),
  ("Decide whether to go back to school", 0, 0, 0), ("Stop working weekends", 1, 0, 0),
  ("Stop procrastinating", 0, 0, 0), ("Earn my black belt by next summer", 1, 1, 1),
  ("Set up a weekly 1:1 with each report", 1, 1, 0), ("A better job", 0, 0, 0),
  ("A new job by spring", 1, 1, 1), ("Pitch my startup to 5 investors", 1, 1, 0),
  ("Give a talk at a meetup", 1, 1, 0), ("Walk 10,000 steps a day", 1, 1, 0),
  ("Reduce customer churn to 5% by year end", 1, 1, 1), ("Drink more water", 0, 0, 0),
  ("Declutter my desk", 1, 0, 0), ("Review my finances every month", 1, 1, 0),
  ("Team lead by Q3", 1, 1, 1), ("Department head within 2 years", 1, 1, 1),
  ("Lead the team by example", 1, 0, 0), ("Lose weight", 0, 0, 0),
  ("Lose 5 pounds by Christmas", 1, 1, 1),
  ("Get my CPA", 1, 1, 0), ("Retire by 55", 1, 0, 0), ("Grow sales by 15%", 1, 1, 0),
  // Wishes, hedges and a deadline before the goal.
  ("I'm hoping to run a marathon next year", 1, 1, 1),
  ("Hoping to land a new job by spring", 1, 1, 1),
  ("Try to get promoted this year", 1, 1, 1), ("I would really like to learn how to code", 1, 0, 0),
  ("I'd love to finally get my PMP", 1, 1, 0), ("By June I want to finish my thesis", 1, 1, 1),
  ("In 2027 I want to launch my own podcast", 1, 1, 1),
  ("I want to be able to speak Spanish", 1, 0, 0),
  ("A 10% raise by June", 1, 1, 1), ("Make VP by 40", 1, 1, 0), ("Avoid burnout", 0, 0, 0),
  // A vague aim with its concrete means.
  ("Improve my public speaking by joining Toastmasters", 1, 1, 0),
  ("Grow my network by attending 3 meetups", 1, 1, 0),
  ("Improve my health by working harder", 0, 0, 0),
  // Deadlines the parser now reads.
  ("Finish the audit before the holidays", 1, 1, 1),
  ("Ship the beta in 2 to 3 weeks", 1, 1, 1),
  ("Submit my thesis by the end of the school year", 1, 1, 1),
  ("Pass the CPA exam by the second Tuesday of March", 1, 1, 1),
]

@Test(arguments: developmentGoals)
func analysesDevelopmentGoal(_ goal: String, _ s: Int, _ m: Int, _ t: Int) {
  let f = SmartAnalyzer.analyze(goal: goal, today: today).facets
  #expect([f.specific, f.measurable, f.timeBound] == [s == 1, m == 1, t == 1])
}
