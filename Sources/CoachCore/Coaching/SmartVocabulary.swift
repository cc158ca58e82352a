/// The word lists behind `SmartAnalyzer`; `docs/smart.md` explains each.
enum SmartVocabulary {
  /// Openings that say nothing about the goal itself.
  static let openings: [[String]] = [
    ["i", "would", "like", "to"], ["i", "want", "to"], ["i", "d", "like", "to"],
    ["i", "am", "going", "to"], ["i", "m", "going", "to"], ["my", "goal", "is", "to"],
    ["the", "goal", "is", "to"], ["i", "plan", "to"], ["i", "hope", "to"], ["i", "need", "to"],
    // Without the "to" of a learner of English: "I hope get the job", "me want".
    ["i", "want"], ["i", "hope"], ["i", "wish"], ["i", "need"], ["i", "plan"], ["me", "want"],
    ["want", "that", "i"],
    ["i", "will"], ["i", "ll"], ["i", "should"], ["i", "must"], ["goal"], ["to"], ["i"],
    ["just"], ["really"], ["want", "to"], ["got", "to"], ["have", "to"], ["going", "to"],
    // Fillers of casual typing: "idk just want to", "ok so basically".
    ["idk"], ["tbh"], ["ok"], ["okay"], ["so"], ["um"], ["hmm"], ["basically"],
    ["lol"], ["ngl"], ["pls"], ["please"], ["you", "know"],
    // Wishes and hedges around the goal: "I'd love to", "hoping to", "try to".
    ["would", "like", "to"], ["would", "love", "to"], ["d", "love", "to"], ["love", "to"],
    ["d", "like", "to"], ["m", "hoping", "to"], ["am", "hoping", "to"], ["hoping", "to"],
    ["hope", "to"], ["plan", "to"], ["planning", "to"], ["m", "planning", "to"],
    ["my", "aim", "is", "to"], ["the", "aim", "is", "to"], ["aim", "to"], ["aiming", "to"],
    ["be", "able", "to"], ["try", "to"], ["trying", "to"], ["need", "to"], ["honestly"],
    ["maybe"], ["possibly"], ["ideally"], ["hopefully"], ["would"], ["d"], ["m"], ["am"],
    ["want"], ["wish", "to"], ["wish"],
  ]

  /// Openings that start the goal after a preamble ("long story short,
  /// my goal is to ...").
  static let midOpenings: [[String]] = [
    ["i", "want", "to"], ["i", "would", "like", "to"], ["i", "d", "like", "to"],
    ["my", "goal", "is", "to"], ["i", "plan", "to"], ["i", "hope", "to"], ["i", "need", "to"],
    ["i", "d", "love", "to"], ["i", "m", "hoping", "to"], ["the", "goal", "is", "to"],
    // With an adverb: "… but I mostly want to figure out what I like".
    ["i", "just", "want", "to"], ["i", "really", "want", "to"], ["i", "mostly", "want", "to"],
    ["i", "actually", "want", "to"], ["i", "also", "want", "to"], ["i", "still", "want", "to"],
    ["i", "really", "d", "like", "to"], ["i", "d", "really", "like", "to"],
    ["i", "d", "really", "love", "to"],
  ]

  /// Verbs that name a concrete action when they have an object.
  static let actions: Set<String> = [
    "achieve", "apply", "attend", "become", "build", "buy", "complete", "connect",
    "contribute", "create", "deliver", "design", "earn", "enroll", "enrol", "exercise",
    "find", "finish", "found", "get", "graduate", "have", "hire", "host", "join", "land",
    "launch", "lead", "learn", "leave", "lose", "make", "meditate", "meet", "mentor", "merge",
    "move", "negotiate", "obtain", "open", "organise", "organize", "pass", "pay", "present",
    "practice", "practise", "publish", "read", "reach", "record", "release", "run", "save",
    "sell", "sew", "ship", "sleep", "speak", "spend", "start", "study", "submit", "switch",
    "take", "teach", "train", "travel", "visit", "volunteer", "walk", "win", "write", "be",
    "delegate", "network", "secure", "sign", "swim", "cycle", "code", "finalize", "prepare",
    "hit", "ask", "go", "relocate", "transfer", "apply", "attend", "visit", "lead", "close",
    "shadow", "use", "deploy", "post", "drive", "cook", "paint", "draw", "play", "weld",
    // Newer than WordNet 3.0 (2006), so not in the lexicon.
    "refactor", "upskill", "reskill", "onboard", "rebrand", "livestream", "vlog", "blog",
    "podcast", "containerize", "dockerize", "monetize", "monetise", "upsell", "crowdfund",
    "prototype", "email", "tweet", "unionize", "declutter", "journal", "stop", "quit",
    // Common in goals, listed so their typos are mended ("atain", "recieve").
    "attain", "acquire", "receive", "register", "qualify", "certify", "research", "review",
    "update",
    // Finding out, specific but never done (`researchVerbs`).
    "explore", "understand", "investigate",
  ]

  /// A verb and its particle that say one action, by the action they say:
  /// "knock out my capstone" is "finish my capstone".
  static let phrasalVerbs: [String: String] = [
    "knock out": "finish", "wrap up": "finish", "polish off": "finish", "nail down": "secure",
    "lock in": "secure", "lock down": "secure", "put together": "create", "sign up": "enroll",
    "speak up": "speak", "keep up": "follow", "figure out": "figure", "sort out": "figure",
    "step up": "improve", "level up": "improve", "ramp up": "increase", "cut down": "reduce",
    // Standing for an office is done or not, like an application.
    "run for": "apply",
    // Finding out and working at a thing: "look into MBA programs", "work
    // on my portfolio" (a concrete thing; "work on my skills" stays vague).
    "look into": "research", "read up": "research", "dig into": "research",
    "work on": "practice", "end up": "become",
  ]

  /// Texting spellings, one word for one: "b" is "be", "wanna" "want to"
  /// (read as "to", since "want" goes with the opening before it).
  static let textSpellings: [String: String] = [
    "b": "be", "u": "you", "ur": "your", "yr": "year", "yrs": "years", "b4": "before",
    "wanna": "to", "gonna": "to", "gotta": "to", "tryna": "to", "hafta": "to", "w": "with",
    "n": "and", "thru": "through", "mgr": "manager", "mngr": "manager", "cert": "certificate",
    "certs": "certificates", "evry": "every", "evrey": "every", "abt": "about", "abot": "about",
    "bout": "about", "wit": "with",
  ]

  /// Verbs whose object, once named, is done or not: "take the GMAT",
  /// "move to Berlin", "visit Japan".
  static let completionVerbs: Set<String> = [
    "earn", "obtain", "receive", "take", "move", "visit", "attend", "enroll", "enrol", "relocate",
    "switch", "transfer",
    "apply", "submit", "sign", "join", "pass", "complete", "finish", "hit", "reach", "win",
    // Casual ways of getting a thing: "land the contract", "snag a role".
    "land", "secure", "snag", "bag", "score", "ace", "crush", "clinch", "attain", "acquire",
    // Opened or launched, or not: "open my bakery", "launch the podcast".
    "open", "launch",
    // Given or delivered, or not: "present my thesis results at the ACS
    // conference", "defend my dissertation", "ship the new checkout".
    "present", "defend", "deliver", "ship", "release",
  ]

  /// Verbs of feeling: "feel more confident" names a state, never an action.
  static let stateVerbs: Set<String> = ["feel", "enjoy"]

  /// Verbs that get ready for a result without reaching it: "study for the
  /// bar exam" is specific, but the exam is not its measure ("pass" is).
  static let preparingVerbs: Set<String> = [
    "study", "prepare", "practice", "practise", "train",
  ]

  /// Verbs of finding out: specific with a named object ("explore UX
  /// courses", "look into MBA programs"), but only a number measures them;
  /// what they name ("certifications", "a career") is not got by them.
  static let researchVerbs: Set<String> = ["research", "explore", "understand", "investigate"]

  /// Verbs whose "to" names the real action: "learn to code".
  static let learningVerbs: Set<String> = ["learn"]

  /// Figures of speech for a state: "take my work to the next level",
  /// "get out of my comfort zone", "build my personal brand".
  static let figures: [[String]] = [
    ["comfort", "zone"], ["next", "level"], ["personal", "brand"], ["team", "player"],
    ["go", "to", "person"], ["on", "track"], ["in", "shape"], ["big", "picture"],
    ["on", "top", "of"], ["my", "game"], ["move", "forward"], ["my", "passion"],
    ["my", "purpose"], ["my", "calling"], ["my", "way"], ["my", "feet"], ["the", "ropes"],
    ["foot", "in"], ["next", "step"], ["a", "name", "for"], ["i", "m", "worth"],
    ["seriously"], ["a", "place", "where"], ["the", "ladder"], ["a", "difference"],
    ["the", "most", "of"],
  ]

  /// Results a delivery has or not: "deliver the migration on budget".
  static let outcomePhrases: [[String]] = [
    ["on", "budget"], ["under", "budget"], ["within", "budget"], ["on", "time"],
    ["on", "schedule"], ["ahead", "of", "schedule"],
  ]

  /// Words for a repeating slot: "every week", "each Monday", "weekly".
  static let cadenceUnits: Set<String> = [
    "day", "weekday", "weekend", "morning", "evening", "night", "week", "fortnight", "month",
    "quarter", "year", "sprint", "shift", "semester", "term",
  ]
  static let cadenceWords: Set<String> = [
    "daily", "weekly", "biweekly", "fortnightly", "monthly", "quarterly", "yearly", "annually",
    "nightly", "everyday",
  ]

  /// School periods: a time frame, though the day depends on the school.
  static let schoolPeriods: [[String]] = [
    ["semester"], ["trimester"], ["school", "year"], ["academic", "year"], ["fiscal", "year"],
    ["term"], ["season"],
  ]

  /// Verbs that are vague unless a number sets the target ("grow revenue
  /// to $1M" is specific; "grow my career" is not).
  static let vagueVerbs: Set<String> = [
    "improve", "grow", "increase", "reduce", "boost", "enhance", "develop", "cut", "raise",
    "expand", "strengthen", "work", "focus", "feel", "do", "try", "keep", "continue",
    "figure", "advance", "progress", "excel", "thrive",
    "succeed", "level", "upgrade", "better", "stay", "invest", "decrease", "lower", "maximize",
    "minimise", "minimize", "maximise", "optimize", "optimise", "enjoy", "care", "gain",
    // Ways of saying "improve": "streamline the intake process".
    "streamline", "refine", "sharpen", "hone", "polish", "elevate", "deepen", "broaden", "widen",
    // Thinking, not doing: "think about changing careers".
    "think", "consider", "reflect", "ponder", "contemplate", "wonder", "know", "believe",
    "imagine", "realize", "realise", "remember", "dream", "decide", "hope", "wish",
  ]

  /// Verbs that carry their own number.
  static let multiplyingVerbs: Set<String> = ["double", "triple", "halve", "quadruple"]

  /// After "be", "get", "become", "feel": states nobody can check.
  static let vagueStates: Set<String> = [
    "better", "happier", "happy", "healthier", "healthy", "fitter", "fit", "successful",
    "confident", "organized", "organised", "productive", "stressed", "good", "best",
    "more", "less", "ahead", "great", "calmer", "calm", "balanced", "motivated", "positive",
    "stronger", "richer", "rich", "famous", "known", "well", "busy", "focused", "nicer",
    "unstuck", "stuck", "strategic", "patient", "visible", "smarter",
    // Roles that are judgements, not titles: "be a leader", "become an expert".
    "leader", "expert", "guru", "rockstar", "ninja", "asset", "authority",
    // Feelings and traits: "stop being so anxious", "be more proactive".
    "anxious", "nervous", "shy", "scared", "afraid", "overwhelmed", "lazy", "tired", "proactive",
    "creative", "engaged", "engaging", "independent", "comfortable", "reliable", "consistent",
    "disciplined", "efficient", "effective", "respected", "valued", "appreciated", "fulfilled",
    "indispensable", "approachable", "assertive", "resilient", "mindful", "grateful", "kind",
    "kinder", "humble", "passionate", "driven", "ambitious", "relaxed", "present", "free",
    "stable", "wealthy",
  ]

  /// Verbs that link a person to a state or a role: "be", "become", "make
  /// partner". With a role they name a title had or not.
  static let linkingVerbs: Set<String> = ["be", "become", "get", "make", "go", "stay", "remain"]

  /// Verbs of an ongoing task: "lead a team" is never done, "build a team" is.
  static let ongoingVerbs: Set<String> = [
    "lead", "manage", "run", "supervise", "coach", "support", "oversee", "mentor", "guide",
  ]

  /// Nouns for a group, whose number names its size: "a team of 5".
  static let groupNouns: Set<String> = [
    "team", "group", "crew", "staff", "class", "family", "department", "squad", "unit", "cohort",
    "household", "office", "company", "firm", "practice", "shop",
    // Things in one's charge: "manage a budget of $2 million".
    "budget", "account", "territory", "region", "branch", "site", "ward", "floor", "store",
    "clinic", "portfolio",
  ]

  /// Credentials and programmes named by a short word: "CompTIA Security+",
  /// "a residency spot" (matched whole, unlike `outcomeStems`).
  static let credentialWords: Set<String> = [
    "comptia", "nclex", "lsat", "gmat", "gre", "mcat", "ielts", "toefl", "cdl", "itil", "ccie",
    "cka", "ckad", "csm", "psm", "cisa", "cism", "cpc", "rhce", "ged", "cert", "certs",
    "residency", "internship", "fellowship", "apprenticeship", "scholarship", "tenure", "visa",
    "clearance", "permit",
  ]

  /// Objects too general to picture.
  static let vagueObjects: Set<String> = [
    "myself", "career", "careers", "life", "things", "stuff", "everything", "it", "more", "better",
    "well", "best", "skills", "skill", "ahead", "harder", "self", "something", "future",
    "network", "money", "mindset", "potential", "growth", "procrastinating",
    // "make a bigger impact", "a greater difference": a figure, no object.
    "impact", "difference", "influence",
    "balance", "knowledge", "experience", "work", "commute", "fit", "happy", "happier",
    "performance", "productivity", "confidence", "efficiency", "effectiveness", "weight",
    "burnout", "stress",
    // What one finds in oneself, not in the world: "find my niche".
    "niche", "passion", "purpose", "calling", "path", "voice", "groove", "footing", "direction",
    "spark", "motivation", "joy", "happiness", "fulfillment", "fulfilment", "meaning", "identity",
  ]

  /// Words that make no object: determiners, possessives, little words.
  static let fillers: Set<String> = [
    "a", "an", "the", "my", "our", "their", "his", "her", "your", "some", "more", "new",
    "own", "at", "on", "in", "to", "of", "for", "with", "and", "or", "up", "out", "into",
    "about", "as", "from", "less", "much", "so", "lot", "lots", "really", "very", "just", "all",
    "this", "that", "these", "those", "every", "each", "day", "week", "month", "year", "time",
    // When, not what: "retire early".
    "early", "soon", "eventually", "someday", "asap", "later", "now", "ever", "forever",
  ]

  /// Results you can check: you are certified or you are not.
  static let outcomeStems: [String] = [
    "certif", "promot", "publish", "complet", "launch", "hired", "passed", "graduat",
    "degree", "diploma", "licen", "finish", "ship", "releas", "submit", "obtain", "mba", "phd",
    "master", "bachelor", "marathon", "exam", "admitted", "accepted", "elected", "appointed",
    "won", "award", "partner", "qualif", "join", "offer", "merge", "signed", "paid", "quota",
    "target",
    // Credentials named by their letters: "get my CPA".
    "cpa", "cfa", "pmp", "cissp", "ccna", "acca", "cima", "shrm", "vp",
  ]

  /// Roles that are verbs too, when a noun comes before them and nothing
  /// after but a deadline: "team lead by Q3", "department head in 2027".
  static let roleNouns: Set<String> = ["lead", "head", "chair", "coach", "mentor", "manager"]

  /// Whole words of checkable results, for typo correction ("certifcate").
  static let outcomeWords: [String] = [
    "certified", "certificate", "certification", "promoted", "promotion", "published",
    "completed", "launched", "graduated", "graduate", "degree", "diploma", "license",
    "licence", "licensed", "finished", "shipped", "released", "submitted", "obtained",
    "marathon", "admitted", "accepted", "elected", "appointed", "award", "partner",
    "qualified", "qualification", "offer", "signed", "target", "bachelor",
  ]

  /// In a goal with no verb, nouns that name a result had or not: "senior
  /// engineer title by 2027", "a leadership role".
  static let verblessResults: Set<String> = [
    "lead", "head", "title", "role", "position", "job", "offer", "raise", "seat", "contract",
    "promotion",
    "certificate", "license", "licence", "principal", "chief", "captain", "dean", "president",
    // Places and people one gets: "a spot in the police academy", "an agent".
    "spot", "slot", "placement", "gig", "agent", "deal",
  ]

  /// Words that mark a following noun as a judgement, not a count.
  static let comparatives: Set<String> = [
    "better", "more", "good", "great", "bigger", "best", "nicer", "stronger", "healthier",
    "happier", "successful", "real", "proper", "fewer", "less", "greater", "larger", "deeper",
  ]

  /// Words on both sides of a goal and a vision that say nothing about a field.
  static let insignificant: Set<String> = [
    "want", "become", "work", "working", "career", "goal", "goals", "year", "years", "time",
    "more", "better", "good", "great", "best", "people", "things", "life", "really", "able",
    "like", "would", "could", "should", "have", "make", "take", "into", "from", "with", "that",
    "this", "than", "them", "they", "their", "there", "what", "when", "where", "will", "been",
    "being", "some", "also", "just", "very", "much", "many", "each", "every", "month", "months",
    "week", "weeks", "next", "within", "before", "until", "after", "about", "over", "myself",
    "role", "level", "your", "mine", "doing", "done", "well", "help", "start", "find", "keep",
  ]

  /// Fields of work. A goal and a vision in one field are related.
  static let fields: [[String]] = [
    [
      "software", "code", "coding", "program", "programming", "programmer", "developer", "develop",
      "engineer", "engineering", "app", "apps", "aws", "azure", "cloud", "python", "java",
      "javascript", "react", "devops", "computer", "web", "website", "tech", "technology",
      "backend", "frontend", "kubernetes", "linux", "github", "open", "source", "data", "sql",
    ],
    [
      "data", "analytics", "analyst", "statistics", "scientist", "science", "sql", "python",
      "machine", "learning", "model", "models", "dashboard", "tableau",
    ],
    [
      "lead", "leader", "leadership", "manage", "manager", "management", "team", "teams",
      "mentor", "mentoring", "director", "executive", "head", "supervisor", "coach", "delegate",
      "vp", "cto", "ceo", "cfo", "report", "reports", "people",
    ],
    [
      "finance", "financial", "accounting", "accountant", "cpa", "cfa", "cfo", "audit", "tax",
      "investment", "investing", "bank", "banking", "budget", "treasury",
    ],
    [
      "nurse", "nursing", "doctor", "medical", "medicine", "health", "hospital", "patient",
      "patients", "clinical", "physician", "therapy", "therapist", "care", "practitioner",
    ],
    [
      "teach", "teacher", "teaching", "school", "education", "student", "students", "tutor",
      "professor", "lecture", "classroom", "curriculum", "math", "maths", "university",
    ],
    [
      "write", "writer", "writing", "novel", "novelist", "book", "books", "author", "publish",
      "published", "blog", "article", "articles", "words", "journalism", "journalist", "editor",
      "story", "stories", "poetry", "manuscript",
    ],
    [
      "design", "designer", "ux", "ui", "portfolio", "figma", "graphic", "visual", "case",
      "studies", "illustration", "product",
    ],
    [
      "marketing", "brand", "branding", "social", "instagram", "followers", "content",
      "campaign", "seo", "audience", "advertising", "fashion", "influencer", "tiktok", "youtube",
    ],
    [
      "bake", "baking", "bakery", "baker", "pastry", "chef", "cook", "cooking", "restaurant",
      "culinary", "food", "kitchen", "cafe", "recipes",
    ],
    ["fashion", "garment", "garments", "sew", "sewing", "clothing", "clothes", "textile", "label"],
    [
      "business", "startup", "company", "founder", "entrepreneur", "product", "launch", "revenue",
      "customers", "clients", "sales", "sell", "side", "project", "shop", "store",
    ],
    ["law", "lawyer", "legal", "bar", "attorney", "paralegal", "court"],
    [
      "research", "researcher", "paper", "papers", "phd", "conference", "conferences",
      "academic", "professor", "lab", "science",
    ],
  ]
}
