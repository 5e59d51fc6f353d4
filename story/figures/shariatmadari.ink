// HOSSEIN SHARIATMADARI, Managing Director of Keyhan newspaper. Article: f-shariatmadari
// ("Futility of negotiation and the necessity of crossing red lines").
// Rhetorical move: a false trilemma (whoever proposes talks is naive, ineffective or colluding with
// the enemy) that attacks motives instead of weighing the proposal; then a slippery slope (pay
// ransom once and you pay it on every issue, until every red line is crossed).
// True kernel: the country's own problems need solving, and talks are no substitute (m02 agrees).
// On offer, and why (grades in rules.ink, card_grade):
//   confidence: strong, it denies the slope's first step, a side "willing to pay ransom";
//   guarantees, talk-is-not-accept: partial;
//   take-the-wheel: weak, and tempting: the expert answers him by name with it (m01), a tu quoque;
//   know-the-concepts: weak, and tempting: it answers "naive" with "lacks understanding" (m18).
// Confidence can be worn here: it may have landed on Saeidi before him (full table).

=== shariatmadari_exchange ===
~ temp who = "shariatmadari"
~ take_floor(who)
~ temp engaged = false
~ temp conceded = false
~ temp g = "weak"
~ temp played = ""
Our next guest is the managing director of Keyhan newspaper. Hossein Shariatmadari, the floor is yours. # speaker: moderator # dramatized # sfx: gavel
Those who prescribe negotiation with the US, instead of trying to solve some of the country's problems, are either naive, or ineffective and hiding their inability under the cover of negotiation, or, God forbid, deceived or tempted to collude with the enemy. # speaker: shariatmadari # source: f-shariatmadari
Negotiation with the US does not solve any problems. If you are willing to pay ransom, you will have to do it repeatedly, and cross all your red lines. # speaker: shariatmadari # source: f-shariatmadari

- (menu)
+ {not engaged} [Ask if there is a fourth kind of supporter # move: press]
    ~ engaged = true
    Naive, ineffective or colluding: is there no fourth kind? Someone informed and honest, who weighs the risks differently? # speaker: player # dramatized
    My answer is in what I said: negotiation with the US does not solve any problems. # speaker: shariatmadari # dramatized: My answer is in what I said: # source: f-shariatmadari
    He leaves the question open. The three labels fall if a fourth kind exists; the price argument rests on one step: a first payment leads to all the rest. # speaker: moderator # dramatized
    -> menu
+ {not engaged} [Grant that our problems need solving at home # move: concede]
    ~ engaged = true
    ~ conceded = true
    ~ g = concession_grade(who)
    You are right that the country's own problems need solving, and talks are no substitute. It is crucial to concentrate on the country's internal issues. # speaker: player # dramatized: You are right that the country's own problems need solving, and talks are no substitute. # source: m02
    Then solve them. That is what I asked for. # speaker: shariatmadari # dramatized # grade: {g} # why: Granting a true point, that the country's own problems come first, earns the standing to answer the rest (m02)
    ~ settle_concession(who)
    His point has been heard. Shariatmadari turns to listen. # speaker: narrator # dramatized # stance: shariatmadari=wary
    -> menu
+ [Say commitments are documented for compliance # move: rebut # card: guarantees]
    ~ played = "guarantees"
    ~ g = grade_of(who, played)
    A ransom binds only the one who pays. Agreements documented in international organizations are there to ensure compliance with commitments. # speaker: player # dramatized: A ransom binds only the one who pays. # source: m17
    Documents bind what they say. The next demand is never in them. # speaker: shariatmadari # dramatized # grade: {g} # why: Documented commitments bind what is signed, but not the next demand, the step his slope rests on (m09, m17)
+ [Say talks are a tool, not a cure # move: rebut # card: talk-is-not-accept]
    ~ played = "talk-is-not-accept"
    ~ g = grade_of(who, played)
    No one should sell talks as a cure. The issues cannot be resolved solely through negotiation; it is a means to clarify them and find suitable solutions. # speaker: player # dramatized: No one should sell talks as a cure. # source: m05
    A tool, then. One that costs you a red line each time it is used. # speaker: shariatmadari # dramatized # grade: {g} # why: Talks as a tool for clarifying meets "solves nothing", but not his charge about motives or the price (m05)
+ [Say his chain starts with a side willing to pay # move: rebut # card: confidence]
    ~ played = "confidence"
    ~ g = grade_of(who, played)
    Your chain starts with someone willing to pay ransom. Even amid distrust, negotiation can be effective, provided it comes with self-confidence and appropriate executive mechanisms. # speaker: player # dramatized: Your chain starts with someone willing to pay ransom. # source: m04
    { g == "strong":
        Willing or not, the demands will come. Who on our side holds the line? # speaker: shariatmadari # dramatized # grade: {g} # why: His slope starts from a side willing to pay; a negotiator who comes with self-confidence and mechanisms denies that first step (m04, m07)
    - else:
        You gave Mr. Saeidi the same speech on confidence, and the room heard it then. My question about the next demand stands. # speaker: shariatmadari # dramatized # grade: {g} # why: A point that already carried the room loses force when repeated (m04, m07)
    }
+ [Ask why he doesn't take office himself # move: rebut # card: take-the-wheel]
    ~ played = "take-the-wheel"
    ~ g = grade_of(who, played)
    You advocate confrontation with the US rather than addressing the country's actual issues. If you have a plan to resolve them, why not accept direct executive action? # speaker: player # source: m01
    A newspaper is not a ministry. Whether I govern says nothing about whether talks solve anything. # speaker: shariatmadari # dramatized # grade: {g} # why: Whether a critic would take office says nothing about whether his claim is true: a tu quoque, like the expert's own m01 (m01)
+ [Say critics, not supporters, lack understanding # move: rebut # card: know-the-concepts]
    ~ played = "know-the-concepts"
    ~ g = grade_of(who, played)
    The trouble is not naive supporters. Some decision-makers lack a proper understanding of basic political concepts, such as negotiation and trust. # speaker: player # dramatized: The trouble is not naive supporters. # source: m18, m19
    So I am the one who lacks understanding. You have answered my labels with one of your own. # speaker: shariatmadari # dramatized # grade: {g} # why: Answering "naive" with "lacks understanding" judges people, not the proposal: the same move turned round (m18)
+ [Turn his labels back on him # move: attack]
    ~ g = "backfire"
    You call everyone who wants talks naive or a colluder. Why should anyone take lessons from you? # speaker: player # dramatized
    You answer my labels with an insult. I at least gave a reason: the price will keep rising. Answer that. # speaker: shariatmadari # dramatized # grade: {g} # why: Answering an attack on motives with an attack on the person commits the same fallacy and hands him the high ground (f-shariatmadari)

- (verdict)
~ temp after = settle(who, played, g, engaged, conceded)
-> room_verdict(who, g, after, engaged) ->
~ leave_floor(who)
->->
