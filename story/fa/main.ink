// Persian (fa) mirror of story/main.ink: the same knots, choices, variables and tags; only the words a player reads differ. Keep the two in step (story/README.md, "The Persian story").
# title: میزگرد
# version: 1.0.0
// THE ROUND TABLE
// A televised round table staged from IRNA's article "Why negotiate with the US again"
// (story/source/article.md). Six public figures argue against negotiating with the US; the player
// answers them with the counterpoints of the international-relations expert Mehdi Motaharnia.
//
// Plays in Inky as plain text: every line says who speaks (# speaker) and where it comes from
// (# source: <paragraph id> or # dramatized). The game sets `preset` before the first line; in
// Inky it keeps its default, the full table. The tag contract is in story/README.md.

INCLUDE rules.ink
INCLUDE figures/sediqi.ink
INCLUDE figures/alamolhoda.ink
INCLUDE figures/saeidi.ink
INCLUDE figures/laeini.ink
INCLUDE figures/shariatmadari.ink
INCLUDE figures/hamedani.ink
INCLUDE figures/taeb.ink
INCLUDE figures/abdolalizadeh.ink
INCLUDE opening.ink
INCLUDE closing.ink
INCLUDE endings.ink
INCLUDE verdicts.ink

-> seat_the_table

=== seat_the_table ===
{ preset == "short":
    // The short table seats three opponents who span the article's three families of argument:
    // distrust of the other side (Sediqi: "the US demands ransom"), the consequences of talking
    // (Alamolhoda: pressure will grow) and the motives of those who propose talks (Shariatmadari's
    // naive / ineffective / colluding trilemma). Between them, five of the eight cards land strongly
    // (with the two voices after them).
    ~ table = "moderator, player, sediqi, alamolhoda, shariatmadari, taeb, abdolalizadeh"
    ~ rounds = 3
- else:
    ~ table = "moderator, player, sediqi, alamolhoda, saeidi, laeini, shariatmadari, hamedani, taeb, abdolalizadeh"
    ~ rounds = 6
}
-> opening_remarks ->
-> the_six

// The six opponents take the floor in the article's order.
=== the_six ===
{ preset == "short":
    -> sediqi_exchange -> after_exchange -> alamolhoda_exchange -> after_exchange -> shariatmadari_exchange -> after_exchange -> the_voices
}
-> sediqi_exchange -> after_exchange -> alamolhoda_exchange -> after_exchange -> saeidi_exchange -> after_exchange -> laeini_exchange -> after_exchange -> shariatmadari_exchange -> after_exchange -> hamedani_exchange -> after_exchange -> the_voices

// Taeb's middle position and Abdolalizadeh's support come after the six.
=== the_voices ===
~ stage = "voices"
~ round = 0
-> taeb_exchange -> after_exchange -> abdolalizadeh_exchange -> after_exchange -> closing_statement

// Between exchanges: a player whose credibility has collapsed loses the table.
=== after_exchange ===
{ walked_out():
    -> ending_walkout
}
->->
