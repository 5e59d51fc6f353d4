// Persian (fa) mirror of story/rules.ink: the same knots, choices, variables and tags; only the words a player reads differ. Keep the two in step (story/README.md, "The Persian story").
// THE RULES OF THE TABLE
// Everything that decides grades, meters, stances and endings lives in this file, so a teacher or
// designer can read the whole rule set in one place. The figure files hold only words.
//
// Ids are plain strings ("sediqi", "relative-trust", "strong"), the same ids the tags use.
// Sets of ids are comma-separated strings tested with `?` (contains); no id contains another.
//
// The game judges how well the player argues, never which side of the question is right: the room
// moves both ways on the merits, stances harden as well as soften, and the guests can carry the room.
//
// Keep global state small: the story check walks every reachable state, and every extra global
// value multiplies them. What matters only inside one exchange is a `temp` in that figure's knot.
// The two meters move in whole steps of 20 between 10 and 90 (five levels each): fine enough to
// tell the endings apart, coarse enough that the walk of both tables stays well under 30 s.

VAR preset = "full"        // set by the game before the first line: "full" or "short"
VAR table = ""             // who sits at the table this preset
VAR heard = ""             // guests who have had the floor
VAR stage = "opening"      // opening | opponents | voices | closing | ending
VAR round = 0              // which opponent has the floor, 1-based
VAR rounds = 6             // how many opponents this preset seats

VAR audience = 50          // the room: how far the studio audience leans to your case (10-90; 50 is split)
VAR credibility = 50       // your standing with the guests at the table (10-90)
VAR worn = ""              // cards that landed strongly and could land strongly again on someone to come
VAR worn_here = ""         // of those, the ones that would be strong against the guest who has the floor (marked weaker)
VAR common_ground = false  // the player found common ground with Taeb
VAR closing = ""           // the synthesis the player closed with: guarantees | our-terms | home-front

CONST STEP = 20            // every change to a meter is one step
CONST LOWEST = 10
CONST HIGHEST = 90
CONST WALKOUT_AT = 10      // credibility at or below this after an exchange: the guests walk out
CONST ROOM_WON = 70        // audience at or above: the room is with the player
CONST ROOM_LOST = 30       // audience at or below: the room is with the guests against talks
CONST STANDING = 70        // credibility at or above: the table takes the player seriously

// ---- the grading table -----------------------------------------------------------------------
// How each card answers each opponent's claim, before wear, derived from the article:
//   strong:  answers the step the claim rests on, with what the expert's paragraphs actually say;
//   partial: relevant, but the step the claim rests on is left standing;
//   weak:    beside the point (answers a claim he did not make), or itself a fallacy.
// The same card follows the same logic everywhere; each card's logic is stated once, then applied.
//
// guarantees (m08, m09): meets claims that the other side cannot be relied on. It binds what is
//   signed, not what is demanded next, and it secures a deal, not the deal's terms.
// relative-trust (m10, m16): a consistency test for claims that the other side's character rules
//   talks out; beside the point where the claim is not about trust.
// talk-is-not-accept (m05): "negotiation does not imply acceptance of the other party"; meets
//   claims that equate talking with surrender or acceptance; partial where talking itself is said
//   to send a signal or to solve nothing.
// home-front (m02, m03): "if these internal challenges are addressed, the country can better
//   withstand external pressures"; meets claims about pressure; elsewhere it changes the subject.
// confidence (m04, m07): a negotiator who sees himself as powerful and acts rationally; meets
//   claims that our side would be the weak one at the table; partial against claims about what the
//   other side will do.
// cost-of-war (m11, m14, m15): if the US prefers talks to war, talks are a tool for us too; meets
//   the claim that talks are only the other side's tool; partial where the claim is that the other
//   side holds every card.
// take-the-wheel (m01): "why doesn't he ... accept direct executive action?" asks a critic to take
//   office instead of testing his claim: a tu quoque. Weak everywhere, like story/quiz.json's item
//   on m01 (a fallacy). It is offered where it tempts: against critics who say others fail.
// know-the-concepts (m06, m18, m19): the concept of negotiation must be properly understood.
//   Partial where a claim rests on a misread concept (it names the confusion; m05 corrects it).
//   Against claims about people's motives or ignorance it answers people with people (m18 says some
//   decision-makers "lack a proper and comprehensive understanding"): weak, for Shariatmadari and
//   Hosseini Hamedani alike.
=== function card_grade(who, card)
{ who:
- "sediqi":
    // f-sediqi: the US has lost its negotiating credentials and demands ransom.
    { card:
    - "guarantees": ~ return "strong"          // his step is that they cannot be relied on; talks amid distrust run on agreements and guarantees (m08, m09)
    - "relative-trust": ~ return "strong"      // lost credentials would rule out every state: trust is relative and built (m10, m16)
    - "talk-is-not-accept": ~ return "partial" // talking is not paying, but his charge about credentials stands (m05)
    - "home-front": ~ return "weak"            // reform at home changes the subject from the other side's record (m02)
    - "confidence": ~ return "partial"         // m07 answers distrust with confidence; it does not make the other side keep its word
    - "cost-of-war": ~ return "partial"        // if they prefer talks to war, the demand is not one-way; credentials stand (m14)
    - "take-the-wheel": ~ return "weak"        // tu quoque (m01), and aimed at office-holders, not a prayer leader
    - "know-the-concepts": ~ return "weak"     // his claim is about a record, not a misread concept (m06)
    }
- "alamolhoda":
    // f-alamolhoda: talks cannot solve the problems; if the enemy's pressure works, it will grow.
    { card:
    - "guarantees": ~ return "partial"         // guarantees bind what is signed, not the next demand (m09)
    - "relative-trust": ~ return "weak"        // his claim is about pressure being rewarded, not trust (m16)
    - "talk-is-not-accept": ~ return "partial" // talking is not accepting, but talking under pressure may still signal that pressure works (m05)
    - "home-front": ~ return "strong"          // pressure works on weakness at home: "the country can better withstand external pressures" (m02)
    - "confidence": ~ return "partial"         // a confident negotiator rewards no pressure at the table; pressure outside it goes on (m04, m07)
    - "cost-of-war": ~ return "partial"        // they need talks too, but pressure can continue while talks go on (m14)
    - "take-the-wheel": ~ return "weak"        // "then show your plan" is a tu quoque; it does not test whether pressure grows (m01)
    - "know-the-concepts": ~ return "weak"     // his warning is about what follows talks, not a misread concept (m06)
    }
- "saeidi":
    // f-saeidi: those keen on talks should know Iran will never surrender to the US again.
    { card:
    - "guarantees": ~ return "partial"         // agreements "acceptable to both sides" are no surrender, but guarantees secure a deal, not its terms (m09)
    - "relative-trust": ~ return "weak"        // his claim is about surrender, not trust (m16)
    - "talk-is-not-accept": ~ return "strong"  // he treats talking as surrendering; "negotiation does not imply acceptance of the other party" (m05)
    - "home-front": ~ return "partial"         // a country strong at home withstands pressure to give in, but the talks-as-surrender claim stands (m02)
    - "confidence": ~ return "strong"          // surrender is the weak side's posture; a negotiator who views himself as powerful is not a captive (m07)
    - "cost-of-war": ~ return "weak"           // the other side's need for talks does not make a deal's terms not a surrender (m14)
    - "take-the-wheel": ~ return "weak"        // tu quoque (m01); he refused surrender, he did not propose a policy
    - "know-the-concepts": ~ return "partial"  // his claim rests on a misread concept; the card names the confusion, m05 corrects it (m06)
    }
- "laeini":
    // f-laeini: the US is the "Great Satan", so talks yield no results; talks are a tool to stall us.
    { card:
    - "guarantees": ~ return "partial"         // agreements can be forged "even when parties lack trust" (no results?), but not the stalling charge (m09)
    - "relative-trust": ~ return "strong"      // the name puts one state beyond comparison; the same test applied to every state says trust is relative (m10, m16)
    - "talk-is-not-accept": ~ return "weak"    // he called talks futile, not approval: a straw man (m05)
    - "home-front": ~ return "weak"            // changes the subject from talks to reform (m02)
    - "confidence": ~ return "partial"         // a negotiator who predicts where talks go is harder to stall; their intent stands (m07)
    - "cost-of-war": ~ return "strong"         // he says talks are the enemy's tool; if they talk to avoid war, talks are a tool for us too (m11, m14)
    - "take-the-wheel": ~ return "weak"        // tu quoque (m01)
    - "know-the-concepts": ~ return "weak"     // telling him he misreads "negotiation" does not show talks bring results (m06)
    }
- "shariatmadari":
    // f-shariatmadari: supporters of talks are naive, ineffective or colluding; talks solve nothing;
    // pay ransom once and you will pay it repeatedly, across every red line.
    { card:
    - "guarantees": ~ return "partial"         // commitments documented to ensure compliance bind both sides, but not the next demand (m09, m17)
    - "relative-trust": ~ return "weak"        // his claim is about motives and a rising price, not trust (m16)
    - "talk-is-not-accept": ~ return "partial" // talks are a tool to clarify and find solutions, not a cure: meets "solves nothing", not the rest (m05)
    - "home-front": ~ return "partial"         // he too wants the country's problems solved: common ground, but talks' futility stands (m02)
    - "confidence": ~ return "strong"          // his slope starts from being "willing to pay ransom"; a side that sees itself as powerful does not start paying (m04, m07)
    - "cost-of-war": ~ return "partial"        // their need for talks is leverage against ransom, not a limit on demands (m14)
    - "take-the-wheel": ~ return "weak"        // m01 answers him by name with a tu quoque: whether he takes office does not test his claim (m01)
    - "know-the-concepts": ~ return "weak"     // answers "naive" with "lacks understanding": people against people (m18)
    }
- "hamedani":
    // f-hamedani: some speak of negotiation and surrender out of betrayal, negligence or ignorance;
    // the US's crimes must be told so that people do not forget.
    { card:
    - "guarantees": ~ return "partial"         // the expert starts from the record of breaches and draws safeguards from it, not refusal (m08); motives stand
    - "relative-trust": ~ return "weak"        // comparing records answers neither memory nor motives (m16)
    - "talk-is-not-accept": ~ return "strong"  // he puts negotiation and surrender in one breath; negotiation does not imply acceptance of the other party (m05)
    - "home-front": ~ return "weak"            // m02 and m03 say nothing about doubts or memory
    - "confidence": ~ return "weak"            // his charge is about motives and memory, not strength (m07)
    - "cost-of-war": ~ return "weak"           // beside motives and memory (m14)
    - "take-the-wheel": ~ return "weak"        // tu quoque (m01)
    - "know-the-concepts": ~ return "weak"     // answers "ignorance" with "lack of understanding": the same move turned round (m18)
    }
// The two voices after the six. Their exchanges offer only these cards.
- "taeb":
    // taeb: no dichotomy of compromise and negotiation; the US will try to impose its goals; if
    // talks happen, get what is rightfully ours.
    { card:
    - "guarantees": ~ return "strong"          // "what is rightfully ours" is what agreements and guarantees secure (m09)
    - "confidence": ~ return "partial"         // "a strong belief in their objectives" meets his condition halfway; it does not say how it is secured (m07)
    }
- "abdolalizadeh":
    // context: "We will not negotiate with the assassin of General Soleimani."
    { card:
    - "guarantees": ~ return "partial"         // answers distrust, steps around the grief and honor in the slogan (m09)
    - "talk-is-not-accept": ~ return "strong"  // the slogan treats talking with someone as accepting him (m05)
    }
}
~ return "weak"

// The voices' other arguments (# move: argue): not the expert's cards, graded here all the same.
=== function argue_grade(who)
{ who:
- "taeb": ~ return "weak"                      // "there is no middle" knocks down a position he does not hold: a straw man (taeb)
- "abdolalizadeh": ~ return "partial"          // IRNA's own analogy with Hamas: it opens a door, but a movement at war and a state's foreign policy differ (context)
}
~ return "weak"

// Every guest's argument holds a true kernel the player can grant without handing him his
// conclusion. Granting it is graded strong: it earns standing, and the guest feels heard.
//   sediqi: the US has broken agreements before (m08 grants it).
//   alamolhoda: talks alone do not solve the country's problems (m05 says so).
//   saeidi: no one should negotiate a surrender (his own line; no one at the table proposes one).
//   laeini: talks can be used to stall (his own line; m15 too wants no time lost).
//   shariatmadari: the country's own problems need solving, and talks are no substitute (m02).
//   hamedani: what the US has done should not be forgotten (m08 starts from that record).
//   taeb: the other side will try to impose its goals at the table (his own line).
//   abdolalizadeh: the grief behind the slogan is real (context).
=== function concession_grade(who)
~ return "strong"

// The grade a card earns now against one of the six. A card that already landed strongly lands one
// grade softer where it would be strong again: the room has heard it win once, so which card to keep
// for which opponent matters. Wear runs between the six only: the two voices after them ask for
// something else (common ground with Taeb, an answer to the objection put at Abdolalizadeh's turn),
// so their exchanges grade with card_grade as it stands. (Wear carried to the voices also doubled the
// states the story check walks.)
=== function grade_of(who, card)
~ temp g = card_grade(who, card)
{ g == "strong" and worn ? card:
    ~ return "partial"
}
~ return g

// True when this card landed before and would have landed strongly here.
=== function is_worn(who, card)
{ worn ? card:
    ~ return card_grade(who, card) == "strong"
}
~ return false

// ---- stances -----------------------------------------------------------------------------------
// A stance is a level: firm 0, wary 1, open 2. Opponents start firm, Taeb wary, Abdolalizadeh open.
// "Engaged" means the player pressed him or granted his kernel before answering.
//   strong:   two levels up if engaged, one if not;
//   partial:  one level up if engaged, none if not;
//   weak, backfire: one level down. A guest who was granted his point and then answered beside it,
//   or attacked, hardens back.
=== function start_level(who)
{ who:
- "taeb": ~ return 1
- "abdolalizadeh": ~ return 2
}
~ return 0

=== function stance_word(level)
{ level:
- 0: ~ return "firm"
- 1: ~ return "wary"
}
~ return "open"

=== function stance_after(who, g, engaged)
~ temp level = start_level(who)
{ g:
- "strong": ~ level = level + 1
- "partial": ~ level = level + 0
- else: ~ level = level - 1
}
{ engaged and (g == "strong" or g == "partial"):
    ~ level = level + 1
}
~ return stance_word(MAX(0, MIN(2, level)))

// ---- what a move does to the room --------------------------------------------------------------
// The room (audience) follows the merits, both ways; your standing (credibility) follows conduct.
//   strong:   the room moves your way;
//   partial:  the room moves your way only if you engaged him first, otherwise it stays;
//   weak:     his claim is left standing, and the room moves his way;
//   backfire: the room moves his way and your standing falls.
//   An opponent who ends open lends you standing (Taeb's common ground counts towards its own
//   ending instead); a guest who was granted his point and then answered beside it, or attacked,
//   costs you standing.
// Returns the stance the exchange leaves the guest in.
=== function settle(who, card, g, engaged, conceded)
~ temp after = stance_after(who, g, engaged)
{ g:
- "strong":
    ~ shift(audience, STEP)
- "partial":
    { engaged:
        ~ shift(audience, STEP)
    }
- "weak":
    ~ shift(audience, -STEP)
- "backfire":
    ~ shift(audience, -STEP)
    ~ shift(credibility, -STEP)
}
{ after == "open" and start_level(who) == 0:
    ~ shift(credibility, STEP)
}
{ conceded and (g == "weak" or g == "backfire"):
    ~ shift(credibility, -STEP)
}
// Remember a card that landed; leave_floor keeps it only while it could land strongly again.
{ g == "strong" and card != "":
    ~ worn = "{worn}{card},"
}
~ return after

// Granting a true kernel earns standing at once.
=== function settle_concession(who)
~ shift(credibility, STEP)

=== function shift(ref meter, by)
~ meter = MAX(LOWEST, MIN(HIGHEST, meter + by))

// ---- the flow of one exchange ----------------------------------------------------------------
// The moderator hands the floor to an opponent.
=== function take_floor(who)
~ stage = "opponents"
~ round = round + 1
~ mark_worn(who)

// Which worn cards would land softer against this guest: the game marks them on the choices.
=== function mark_worn(who)
~ temp here = ""
~ here = keep_if_worn_here(here, "guarantees", who)
~ here = keep_if_worn_here(here, "relative-trust", who)
~ here = keep_if_worn_here(here, "talk-is-not-accept", who)
~ here = keep_if_worn_here(here, "home-front", who)
~ here = keep_if_worn_here(here, "confidence", who)
~ here = keep_if_worn_here(here, "cost-of-war", who)
~ here = keep_if_worn_here(here, "take-the-wheel", who)
~ here = keep_if_worn_here(here, "know-the-concepts", who)
~ worn_here = here

=== function keep_if_worn_here(kept, card, who)
{ is_worn(who, card):
    ~ return "{kept}{card},"
}
~ return kept

// After an exchange: record the guest as heard and forget worn cards that can no longer matter.
=== function leave_floor(who)
~ heard = "{heard}{who},"
~ worn_here = ""
{ worn != "":
    ~ prune_worn()
}

=== function walked_out()
~ return credibility <= WALKOUT_AT

// Keeps in `worn` only the cards that could still land strongly on a seated opponent who has not had
// the floor, in card order, so that equal situations are equal states (the story check merges them).
=== function prune_worn()
~ temp kept = ""
~ kept = keep_if_worn(kept, "guarantees")
~ kept = keep_if_worn(kept, "relative-trust")
~ kept = keep_if_worn(kept, "talk-is-not-accept")
~ kept = keep_if_worn(kept, "home-front")
~ kept = keep_if_worn(kept, "confidence")
~ kept = keep_if_worn(kept, "cost-of-war")
~ kept = keep_if_worn(kept, "take-the-wheel")
~ kept = keep_if_worn(kept, "know-the-concepts")
~ worn = kept

=== function keep_if_worn(kept, card)
{ worn ? card:
    { lands_later(card):
        ~ return "{kept}{card},"
    }
}
~ return kept

// Whether `card` is strong against a seated opponent who has not had the floor yet.
=== function lands_later(card)
{
- strong_later(card, "alamolhoda"): ~ return true
- strong_later(card, "saeidi"): ~ return true
- strong_later(card, "laeini"): ~ return true
- strong_later(card, "shariatmadari"): ~ return true
- strong_later(card, "hamedani"): ~ return true
}
~ return false

=== function strong_later(card, other)
{ heard ? other or not (table ? other):
    ~ return false
}
~ return card_grade(other, card) == "strong"

// ---- the closing and the outcome ---------------------------------------------------------------
// Whether a closing synthesis fits what the player built during the debate. The closing's grade
// and the ending both read this, so the rule lives in one place.
=== function closing_fits(c)
{ c:
- "guarantees":
    // A mandate for talks with guarantees needs the room and the table.
    ~ return audience >= ROOM_WON and credibility >= STANDING
- "our-terms":
    // Taeb's synthesis only holds if common ground with him was found, with standing to carry it.
    ~ return common_ground and credibility >= STANDING
- "home-front":
    // "Strength starts at home" persuades the table from a player it takes seriously.
    ~ return credibility >= STANDING
}
~ return false

=== function closing_grade(c)
{ closing_fits(c):
    ~ return "strong"
}
~ return "weak"

// Which ending the debate reaches after the closing statement.
=== function outcome()
{
- closing_fits(closing) and closing == "guarantees": ~ return "talks-with-guarantees"
- closing_fits(closing) and closing == "our-terms": ~ return "talks-on-our-terms"
- closing_fits(closing) and closing == "home-front": ~ return "home-front-first"
// A closing that does not fit still leaves the room where the debate put it: a won room and a
// table that takes the player seriously agree to talk anyway, on the most common ground.
- audience >= ROOM_WON and credibility >= STANDING: ~ return "talks-with-guarantees"
- audience >= ROOM_WON: ~ return "audience-not-table"
- audience <= ROOM_LOST: ~ return "opponents-carry-the-room"
}
~ return "deadlock"
