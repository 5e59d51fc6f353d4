// MOHAMMAD SAEIDI, Qom's Friday Prayer Leader. Article: f-saeidi ("Negotiation means captivity").
// Rhetorical move: false equivalence (sitting down to talk is treated as surrendering).
// True kernel: no one should negotiate a surrender; talks do not imply acceptance (m05).
// Strong cards here: talk-is-not-accept, confidence (rules.ink, base_grade).
// Confidence can be worn here: it may have landed on Alamolhoda just before.

=== saeidi_exchange ===
~ temp who = "saeidi"
~ take_floor(who)
~ temp pressed = false
~ temp conceded = false
~ temp g = "weak"
~ temp played = ""
~ temp now = "firm"
Our next guest leads Friday prayers in Qom. Mohammad Saeidi, the floor is yours. # speaker: moderator # dramatized # sfx: gavel
Those who are enthusiastic about negotiating with the United States should know this: the people and the Islamic Republic of Iran will never surrender to the US again. # speaker: saeidi # source: f-saeidi
Call it a negotiation if you wish. We have seen where that road leads: to captivity. # speaker: saeidi # dramatized

- (menu)
+ {not pressed and not conceded} [Ask where talking ends and surrender begins # move: press]
    ~ pressed = true
    When you say talks mean surrender, what exactly is surrendered at the table? Is it the sitting down itself, or the terms we might sign? Where does talking end and giving in begin for you? # speaker: player # dramatized
    The sitting down is where it starts. They do not invite equals; they invite a defeated side to sign. Last time we gave up real things and received promises that were later torn up. That is what I mean by "again". # speaker: saeidi # dramatized
    So the fear is of the terms that get signed, and the table looks like the first step toward them. # speaker: moderator # dramatized
    -> menu
+ {not conceded} [Agree that no one should negotiate a surrender # move: concede]
    ~ conceded = true
    ~ pressed = true
    ~ g = concession_grade(who)
    On one thing we fully agree: no one should negotiate a surrender. Negotiation does not mean accepting the other side. If it ever turned into that, I would stand up from the table with you. # speaker: player # source: m05
    Then we share the line that matters most. Now show me that your table can stay on this side of it, facing people who have pushed us across it before. # speaker: saeidi # dramatized # grade: {g} # why: Conceding the shared red line, no surrender, earns the standing to separate talks from surrender (m05)
    ~ settle_concession(who)
    ~ now = "wary"
    Saeidi's shoulders ease a little; he looks at you as someone sharing the question. # speaker: narrator # stance: saeidi=wary
    -> menu
+ [Guarantees, not trust # move: rebut # card: guarantees]
    ~ played = "guarantees"
    ~ g = grade_of(who, played)
    A surrender comes with no guarantees; a negotiated agreement does. Talks amid distrust run on written agreements, executive guarantees and registration with international bodies. Those tools are what make a deal a contract rather than a capitulation. # speaker: player # source: m08, m09
    Guarantees protect a deal once it is made. They say nothing about its terms. A surrender can also be written down, signed and registered. My worry is what goes on the paper. # speaker: saeidi # dramatized # grade: {g} # why: Guarantees make a deal enforceable, but they do not show that its terms are not a surrender (m09)
+ [No one is fully trustworthy # move: rebut # card: relative-trust]
    ~ played = "relative-trust"
    ~ g = grade_of(who, played)
    If we refused to deal with every state we cannot fully trust, we could not talk to Russia, China, Britain or Saudi Arabia either. No country is entirely trustworthy; trust is relative, and it is built through the process. # speaker: player # source: m10, m16
    I did not say the Americans lie more than others. I said we will not surrender. Whether Moscow is more honest than Washington has nothing to do with whether we give in. # speaker: saeidi # dramatized # grade: {g} # why: Relative trust answers a claim about trust; this claim is about surrender (m16)
+ [Talking is not accepting # move: rebut # card: talk-is-not-accept]
    ~ played = "talk-is-not-accept"
    ~ g = grade_of(who, played)
    Talking and surrendering are not the same act. Negotiation clarifies issues, explores solutions and tests the other side's terms. It does not imply accepting them. A side that can still say no at the table has surrendered nothing. # speaker: player # source: m05
    If the table is a place where we may say no, and say it often, then it is not a prison cell. I grant the distinction. Whether our side will use its no is another question. # speaker: saeidi # dramatized # grade: {g} # why: Talks are not surrender: negotiation clarifies and tests terms without accepting them (m05)
+ [Strength starts at home # move: rebut # card: home-front]
    ~ played = "home-front"
    ~ g = grade_of(who, played)
    A country is made captive when it is weak inside. Fix corruption at home and make room for young people with fresh ideas, and no one can make us surrender, at a table or anywhere else. # speaker: player # source: m02, m03
    On that I agree: a nation that is strong within does not surrender. But you have moved from the table to the home. My warning was about the table, and it still stands. # speaker: saeidi # dramatized # grade: {g} # why: Strength at home answers the fear of capitulation, but not whether the table itself means surrender (m02, m03)
+ [Negotiate from confidence # move: rebut # card: confidence]
    ~ played = "confidence"
    ~ g = grade_of(who, played)
    Captivity is for those who sit down as the weaker side. A negotiator who sees himself as powerful, acts rationally and reads where the talks are heading walks in as an equal, not as a prisoner. # speaker: player # source: m04, m07
    { g == "strong":
        A captive does not choose his words or his hour. If our negotiators walked in as equals, sure of what they want, the table would not be a cage. Send such people, and I will listen. # speaker: saeidi # dramatized # grade: {g} # why: Surrender is a posture, not a format; negotiating from confidence breaks the equation (m04, m07)
    - else:
        You made this point to Mr. Alamolhoda a moment ago, and the room heard it land. Said a second time, it sounds like a slogan. Confident men have signed bad agreements too. # speaker: saeidi # dramatized # grade: {g} # why: A point that already landed loses force when repeated; confidence alone does not separate talks from surrender (m07)
    }
+ [Cheaper than war # move: rebut # card: cost-of-war]
    ~ played = "cost-of-war"
    ~ g = grade_of(who, played)
    If the US wants talks because war with us would cost it more, then it is not the captor here. Negotiation is cheaper for them than war, and we can use that to our advantage. # speaker: player # source: m11, m14
    Their fear of war does not make a bad agreement good. If anything, a side that needs talks that badly will press harder on the terms. You have answered a question I did not ask. # speaker: saeidi # dramatized # grade: {g} # why: The other side's fear of war may be leverage, but it does not touch the claim that talks equal surrender (m14)
+ [Then take responsibility # move: rebut # card: take-the-wheel]
    ~ played = "take-the-wheel"
    ~ g = grade_of(who, played)
    If you reject talks, accept executive responsibility and show the plan that solves our problems without them. Critics who offer only confrontation should be ready to carry out what they propose. # speaker: player # source: m01
    I did not offer confrontation; I refused surrender. Those are different things, just as you keep telling me talks and surrender are. Asking me for a ministry's plan does not answer that. # speaker: saeidi # dramatized # grade: {g} # why: "Show your plan" targets critics who hold power; it does not address the claim that talks mean surrender (m01)
+ [Understand the concepts # move: rebut # card: know-the-concepts]
    ~ played = "know-the-concepts"
    ~ g = grade_of(who, played)
    Talks and surrender are different concepts, and mixing them up has costs. Decisions fail when decision-makers misunderstand basic ideas like negotiation and trust. Getting the words right is the first step to getting the policy right. # speaker: player # source: m18, m19
    Words matter, I agree, and I chose mine with care. But a correct definition protects nothing if the team at the table is weak. Tell me who would sit there, not what the dictionary says. # speaker: saeidi # dramatized # grade: {g} # why: Separating the concepts exposes the false equivalence, but leaves the fear of a weak team standing (m18, m19)
+ [Attack the man, not the argument # move: attack]
    ~ g = "backfire"
    With respect, it is easy to talk about never surrendering from a pulpit in Qom. You do not have to bargain for medicine or jobs. Your firmness costs you nothing; other people pay for it. # speaker: player # dramatized
    Where I stand does not make me right or wrong. You have told the audience about my pulpit, not about my argument. And the people you say pay the price are the very people I spoke for. # speaker: saeidi # dramatized # grade: {g} # why: Pointing at where a speaker stands says nothing about whether his claim is true, and it costs the attacker the room (f-saeidi)
    The studio audience shifts uneasily; someone near the front shakes his head. # speaker: narrator

- (verdict)
~ settle(who, played, g)
~ temp after = stance_after(g, conceded and has_kernel(who))
{ after != now:
    { after:
    - "open": Saeidi inclines his head. Talks, he seems to allow, are not yet a surrender. # speaker: narrator # stance: saeidi={after}
    - "wary": Saeidi weighs the distinction, unpersuaded but no longer certain. # speaker: narrator # stance: saeidi={after}
    - "firm": Saeidi sits back with his arms folded; for him the table is still a cage. # speaker: narrator # stance: saeidi={after}
    }
}
~ leave_floor(who, after)
->->
