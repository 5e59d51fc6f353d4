// THE RULES OF THE TABLE
// Everything that decides grades, meters, stances and endings lives in this file, so a teacher or
// designer can read the whole rule set in one place. The figure files hold only words.
//
// Ids are plain strings ("sediqi", "relative-trust", "strong"), the same ids the tags use.
// Sets of ids are comma-separated strings tested with `?` (contains); no id contains another.
//
// Keep global state small: the story check walks every reachable state, and every extra global
// value multiplies them. What matters only inside one exchange is a `temp` in that figure's knot;
// counters that only feed a threshold are capped at it. Meters move in steps of 10.

VAR preset = "full"        // set by the game before the first line: "full" or "short"
VAR table = ""             // who sits at the table this preset
VAR heard = ""             // opponents who have had the floor
VAR stage = "opening"      // opening | opponents | voices | closing | ending
VAR round = 0              // which opponent has the floor, 1-based
VAR rounds = 6             // how many opponents this preset seats

VAR audience = 40          // undecided viewers won over, 0-100
VAR credibility = 50       // the player's standing at the table, 0-100
VAR worn = ""              // cards that landed and could land strongly again on someone to come
VAR opened = 0             // opponents who ended their exchange open (capped at the majority)
VAR common_ground = false  // the player found common ground with Taeb
VAR closing = ""           // the synthesis the player closed with: guarantees | our-terms | home-front

CONST WALKOUT_AT = 15      // credibility at or below this after an exchange ends the debate

// ---- the grading table -----------------------------------------------------------------------
// How each card answers each opponent before wear. Strong: answers the actual claim. Partial:
// relevant, but the core of the claim stands. Every other card is weak: beside the point.
// Each figure's file argues every cell in the responses it writes. Every card is strong against
// at least one opponent and none against more than three.
=== function strong_cards(who)
{ who:
- "sediqi": ~ return "guarantees, relative-trust"
- "alamolhoda": ~ return "home-front, confidence"
- "saeidi": ~ return "talk-is-not-accept, confidence"
- "laeini": ~ return "relative-trust, guarantees, cost-of-war"
- "shariatmadari": ~ return "take-the-wheel, guarantees"
- "hamedani": ~ return "know-the-concepts, talk-is-not-accept"
}
~ return ""

=== function partial_cards(who)
{ who:
- "sediqi": ~ return "talk-is-not-accept, confidence, cost-of-war, know-the-concepts"
- "alamolhoda": ~ return "guarantees, cost-of-war, talk-is-not-accept"
- "saeidi": ~ return "know-the-concepts, guarantees, home-front"
- "laeini": ~ return "talk-is-not-accept, confidence"
- "shariatmadari": ~ return "home-front, know-the-concepts, cost-of-war"
- "hamedani": ~ return "relative-trust, home-front, take-the-wheel"
}
~ return ""

// The two voices after the six are not graded by the table above: Taeb's conditional middle and
// the "assassin of Gen. Soleimani" objection put to the player at Abdolalizadeh's turn.
=== function voice_grade(who, card)
{ who:
- "taeb":
    { card:
    - "guarantees": ~ return "strong"           // "what is rightfully ours" is what guarantees secure (m09)
    - "confidence": ~ return "partial"          // common ground, but it leaves "how to secure it" open (m07)
    - "talk-is-not-accept": ~ return "weak"     // a straw man: Taeb is not against talks (taeb)
    }
- "abdolalizadeh":
    { card:
    - "talk-is-not-accept": ~ return "strong"   // talking is neither forgiving nor accepting (m05)
    - "guarantees": ~ return "partial"          // sound, but it steps around the grief behind the objection (m09)
    - "cost-of-war": ~ return "partial"         // the Hamas analogy: telling, and debatable (context)
    }
}
~ return "weak"

// Whether each opponent's argument has a true kernel worth conceding (the design map).
// Laeini, Shariatmadari and Hamedani rest on name-calling, a false trilemma and motives: there is
// nothing true to concede, and conceding reads as agreeing that supporters of talks are naive.
=== function has_kernel(who)
{ who:
- "sediqi": ~ return true         // the US has broken agreements before (m08)
- "alamolhoda": ~ return true     // talks alone do not solve the country's problems (m05, m06)
- "saeidi": ~ return true         // no one should negotiate a surrender (m05)
- "taeb": ~ return true           // each side will try to impose its goals at the table (m08, m10)
}
~ return false

=== function base_grade(who, card)
{
- strong_cards(who) ? card: ~ return "strong"
- partial_cards(who) ? card: ~ return "partial"
}
~ return "weak"

// The grade a card earns now. A card that already landed strongly lands one step softer:
// the room has heard it win once, so no single card can carry the whole debate.
=== function grade_of(who, card)
{ strong_cards(who) ? card:
    { worn ? card:
        ~ return "partial"
    }
    ~ return "strong"
}
{ partial_cards(who) ? card:
    ~ return "partial"
}
~ return "weak"

// True when this card landed before and would have landed strongly here.
=== function is_worn(who, card)
{ worn ? card:
    ~ return strong_cards(who) ? card
}
~ return false

// ---- what a graded move does to the room -----------------------------------------------------
// Audience follows how well the claim was answered; credibility follows conduct: weak answers
// and attacks cost standing, honest concessions earn it.
=== function settle(who, card, g)
{ g:
- "strong":
    ~ shift(audience, 20)
    ~ shift(credibility, 10)
- "partial":
    ~ shift(audience, 10)
- "weak":
    ~ shift(credibility, -10)
- "backfire":
    ~ shift(audience, -10)
    ~ shift(credibility, -20)
}
// Remember a card that landed; leave_floor keeps it only while it could land again.
{ g == "strong" and card != "":
    ~ worn = "{worn}{card},"
}

=== function concession_grade(who)
{ has_kernel(who):
    ~ return "strong"
}
~ return "weak"

// Conceding a true kernel earns standing; conceding what is not there costs it.
=== function settle_concession(who)
{ has_kernel(who):
    ~ shift(credibility, 10)
- else:
    ~ shift(credibility, -10)
}

=== function shift(ref meter, by)
~ meter = MAX(0, MIN(100, meter + by))

// Whether `card` is strong against an opponent who is seated and has not spoken yet.
=== function lands_later(card, who)
{
- strong_later(card, who, "alamolhoda"): ~ return true
- strong_later(card, who, "saeidi"): ~ return true
- strong_later(card, who, "laeini"): ~ return true
- strong_later(card, who, "shariatmadari"): ~ return true
- strong_later(card, who, "hamedani"): ~ return true
}
~ return false

=== function strong_later(card, who, other)
{ other == who or heard ? other or not (table ? other):
    ~ return false
}
~ return strong_cards(other) ? card

// Keeps in `worn` only the cards that could still land strongly on someone to come, in card order,
// so that equal situations are equal states (the story check merges them).
=== function prune_worn(who)
~ temp kept = ""
~ kept = keep_if_worn(kept, "guarantees", who)
~ kept = keep_if_worn(kept, "relative-trust", who)
~ kept = keep_if_worn(kept, "talk-is-not-accept", who)
~ kept = keep_if_worn(kept, "home-front", who)
~ kept = keep_if_worn(kept, "confidence", who)
~ kept = keep_if_worn(kept, "cost-of-war", who)
~ kept = keep_if_worn(kept, "take-the-wheel", who)
~ kept = keep_if_worn(kept, "know-the-concepts", who)
~ worn = kept

=== function keep_if_worn(kept, card, who)
{ worn ? card:
    { lands_later(card, who):
        ~ return "{kept}{card},"
    }
}
~ return kept

// The stance an exchange leaves the opponent in. A figure who felt heard (a true kernel was
// conceded) stays wary after a weak answer, but an attack hardens anyone.
=== function stance_after(g, conceded_kernel)
{ g:
- "strong": ~ return "open"
- "partial": ~ return "wary"
- "weak":
    { conceded_kernel:
        ~ return "wary"
    }
}
~ return "firm"

// ---- the flow of one exchange ----------------------------------------------------------------
=== function majority()
~ return (rounds + 1) / 2

// The moderator hands the floor to an opponent.
=== function take_floor(who)
~ stage = "opponents"
~ round = round + 1

// After an exchange: record the figure as heard and whether they ended open.
=== function leave_floor(who, final_stance)
~ heard = "{heard}{who},"
{ final_stance == "open":
    ~ opened = MIN(opened + 1, majority())
}
{ worn != "":
    ~ prune_worn(who)
}

=== function walked_out()
~ return credibility <= WALKOUT_AT

// ---- the closing and the outcome ---------------------------------------------------------------
// Whether a closing synthesis fits what the player built during the debate. The closing's grade
// and the ending both read this, so the rule lives in one place.
=== function closing_fits(c)
{ c:
- "guarantees":
    // A mandate for talks with guarantees needs the room and most of the table.
    ~ return audience >= 70 and opened >= majority()
- "our-terms":
    // Taeb's synthesis only holds if common ground with him was found, with standing to carry it.
    ~ return common_ground and credibility >= 50
- "home-front":
    // "Strength starts at home" persuades from a player who conceded what was true.
    ~ return credibility >= 70
}
~ return false

=== function closing_grade(c)
{ closing_fits(c):
    ~ return "strong"
}
~ return "weak"
