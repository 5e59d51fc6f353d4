// KAZEM SEDIQI, Tehran's Friday Prayer Leader. Article: f-sediqi ("The US demands ransom").
// Rhetorical move: assertion without evidence, carried by a loaded word ("ransom").
// True kernel: the US has broken agreements before (the expert grants it, m08).
// Strong cards here: guarantees, relative-trust (rules.ink, base_grade).
// Sediqi speaks first in both presets, so no card can be worn yet in this exchange.

=== sediqi_exchange ===
~ temp who = "sediqi"
~ take_floor(who)
~ temp pressed = false
~ temp conceded = false
~ temp g = "weak"
~ temp played = ""
~ temp now = "firm"
Our first guest leads Friday prayers in Tehran. Kazem Sediqi, the floor is yours. # speaker: moderator # dramatized # sfx: gavel
The United States has lost its credentials as a negotiating partner. What it asks for now is not a negotiation; it is a ransom. # speaker: sediqi # source: f-sediqi
We are asked to pay first and to hope afterwards. I do not call that diplomacy. # speaker: sediqi # dramatized

- (menu)
+ {not pressed and not conceded} [Ask what he means by "ransom" # move: press]
    ~ pressed = true
    When you say "ransom", what exactly would we be paying, and for what? # speaker: player # dramatized
    Concessions up front: limits on our programs, our region, our defense, in return for promises that can be withdrawn by one signature in Washington. A ransom is paid to someone who keeps the hostage. # speaker: sediqi # dramatized
    So the worry underneath is not talking itself, but paying before anything binding is given back. # speaker: moderator # dramatized
    -> menu
+ {not conceded} [Grant that the US has broken agreements before # move: concede]
    ~ conceded = true
    ~ pressed = true
    ~ g = concession_grade(who)
    You are right that the US has walked away from agreements before. That history is real, and anyone who proposes talks has to answer it. # speaker: player # source: m08
    I am glad to hear it said plainly. Then tell me why this time would be different. # speaker: sediqi # dramatized # grade: {g} # why: Conceding a true point earns the standing to answer the rest of the claim (m08)
    ~ settle_concession(who)
    ~ now = "wary"
    Sediqi's hands open on the table; he is listening now. # speaker: narrator # stance: sediqi=wary
    -> menu
+ [Guarantees, not trust # move: rebut # card: guarantees]
    ~ played = "guarantees"
    ~ g = grade_of(who, played)
    No one is asking you to trust Washington. Talks between parties who distrust each other run on written agreements, executive guarantees and registration with international bodies, so that commitments can be checked. # speaker: player # source: m08, m09
    If every step were tied to a verifiable step from their side... that would not be a ransom. It would be a contract. I would want to see who enforces it. # speaker: sediqi # dramatized # grade: {g} # why: Distrust is answered with binding, verifiable mechanisms, not with a refusal to talk (m08, m09)
+ [No one is fully trustworthy # move: rebut # card: relative-trust]
    ~ played = "relative-trust"
    ~ g = grade_of(who, played)
    If lost credentials rule out talks, they rule out Russia, China, Britain and Saudi Arabia too. No state is fully trustworthy; trust in diplomacy is relative, and it is built through the process, not assumed before it. # speaker: player # source: m10, m16
    We deal with others under conditions, it is true. I would still say the US has earned more suspicion than most. # speaker: sediqi # dramatized # grade: {g} # why: "Untrustworthy" applies to every state; trust is relative and is built, not a precondition (m10, m16)
+ [Talking is not accepting # move: rebut # card: talk-is-not-accept]
    ~ played = "talk-is-not-accept"
    ~ g = grade_of(who, played)
    Sitting at a table is not paying anything. Negotiation clarifies what each side wants and explores solutions; it does not mean accepting the other side's terms. # speaker: player # source: m05
    Sitting is free, I grant you. But a table where one side has already decided the price is not a place for clarification. # speaker: sediqi # dramatized # grade: {g} # why: True that talks are not acceptance, but it leaves the claim about up-front concessions unanswered (m05)
+ [Negotiate from confidence # move: rebut # card: confidence]
    ~ played = "confidence"
    ~ g = grade_of(who, played)
    A ransom is paid by the weak. A negotiator who sees himself as powerful, acts rationally and reads where the talks are heading does not pay ransom; he sets terms. # speaker: player # source: m04, m07
    Confidence is good. Confidence does not make the other side keep its word. # speaker: sediqi # dramatized # grade: {g} # why: Confidence answers the fear of weakness, not the charge that the other side breaks its word (m07)
+ [Cheaper than war # move: rebut # card: cost-of-war]
    ~ played = "cost-of-war"
    ~ g = grade_of(who, played)
    If the US talks because war would cost it more, then it is not only demanding; it needs something too. That need is leverage for us, not a ransom note. # speaker: player # source: m11, m14
    Perhaps they prefer talking to fighting. That does not tell me they will pay their share. # speaker: sediqi # dramatized # grade: {g} # why: The other side's need for talks is leverage, but it does not answer distrust (m14)
+ [Understand the concepts # move: rebut # card: know-the-concepts]
    ~ played = "know-the-concepts"
    ~ g = grade_of(who, played)
    "Ransom" treats every negotiation as a single payment. Negotiation and trust are concepts with a practice behind them; decisions go wrong when decision-makers misread them. # speaker: player # source: m18, m19
    I know what a negotiation is, thank you. I also know what we were handed after the last one. # speaker: sediqi # dramatized # grade: {g} # why: Defining terms helps, but it skirts the concrete charge of broken promises (m19)
+ [Strength starts at home # move: rebut # card: home-front]
    ~ played = "home-front"
    ~ g = grade_of(who, played)
    Our real problem is at home: corruption, and no room for young people with fresh ideas. Fix that, and no one can demand ransom from us. # speaker: player # source: m02, m03
    I could preach that myself on a Friday. It says nothing about whether Washington can be dealt with. # speaker: sediqi # dramatized # grade: {g} # why: Reform at home is a real priority, but it does not address whether the US can be negotiated with (m02)
+ [Then take responsibility # move: rebut # card: take-the-wheel]
    ~ played = "take-the-wheel"
    ~ g = grade_of(who, played)
    If you reject talks, take executive responsibility and show us the plan that solves these problems without them. # speaker: player # source: m01
    I lead prayers, I do not run a ministry. That challenge belongs to someone else at this table. # speaker: sediqi # dramatized # grade: {g} # why: The "show your plan" challenge is aimed at critics who hold power; it misses a cleric's warning about trust (m01)
+ [Attack the man, not the argument # move: attack]
    ~ g = "backfire"
    With respect, a prayer leader's view of diplomacy is not expertise. You are out of your depth. # speaker: player # dramatized
    You have not answered a word I said; you have only told the audience who I am. They knew that already. # speaker: sediqi # dramatized # grade: {g} # why: An attack on the speaker leaves the claim untouched and costs the attacker the room (f-sediqi)
    The studio audience shifts uneasily. # speaker: narrator

- (verdict)
~ settle(who, played, g)
~ temp after = stance_after(g, conceded and has_kernel(who))
{ after != now:
    { after:
    - "open": Sediqi nods slowly. He does not agree, but he is willing to hear how it would work. # speaker: narrator # stance: sediqi={after}
    - "wary": Sediqi weighs the point, unconvinced but no longer dismissive. # speaker: narrator # stance: sediqi={after}
    - "firm": Sediqi sits back; whatever opening there was has closed. # speaker: narrator # stance: sediqi={after}
    }
}
~ leave_floor(who, after)
->->
