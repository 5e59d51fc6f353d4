// MOHAMMAD BAQER LAEINI, Sari's Friday Prayer Leader. Article: f-laeini ("Futility of negotiation").
// Rhetorical move: name-calling ("the Great Satan") standing in for an argument, plus the claim that
// negotiation is only a tool the enemy uses to stall.
// No true kernel: conceding reads as agreeing that talks are futile (rules.ink, has_kernel).
// Strong cards here: relative-trust, guarantees, cost-of-war (rules.ink, base_grade).
// Relative-trust and guarantees can be worn here: they may have landed on Sediqi, who speaks first.

=== laeini_exchange ===
~ temp who = "laeini"
~ take_floor(who)
~ temp pressed = false
~ temp conceded = false
~ temp g = "weak"
~ temp played = ""
~ temp now = "firm"
Our next guest leads Friday prayers in Sari. Mohammad Baqer Laeini, the floor is yours. # speaker: moderator # dramatized # sfx: gavel
Negotiating with the United States is meaningless. The US is the Great Satan, and negotiating with the devil yields no results. # speaker: laeini # source: f-laeini
Negotiation is a tool that enemies use to stall us. It is futile. # speaker: laeini # source: f-laeini
While we talk, they wait for us to grow weaker. # speaker: laeini # dramatized

- (menu)
+ {not pressed and not conceded} [Ask what "the Great Satan" tells us here # move: press]
    ~ pressed = true
    When you call the US the Great Satan, what does that tell us about a particular deal? Is the point that they will cheat on it, or that they use talks only to buy time? # speaker: player # dramatized
    Both. The name describes a record, not a mood: broken promises, and sanctions kept in place while the talking goes on. They smile at the table and tighten the noose outside it. Time is their weapon, and talks hand it to them. # speaker: laeini # dramatized
    So beneath the name are two claims we can weigh: that they break their word, and that they use talks to buy time. # speaker: moderator # dramatized
    -> menu
+ {not conceded} [Grant that talks with the US have often led nowhere # move: concede]
    ~ conceded = true
    ~ pressed = true
    ~ g = concession_grade(who)
    I will grant you this much: talks with Washington have often led nowhere, and they may well be used to buy time. No one at this table should pretend otherwise. # speaker: player # dramatized
    Then you have granted my whole point. If talks lead nowhere and serve their clock, they are futile. I thank you; there is little left for us to discuss. # speaker: laeini # dramatized # grade: {g} # why: Conceding a claim with no true kernel hands the speaker his conclusion, that talks are futile (f-laeini)
    ~ settle_concession(who)
    Heads nod in the studio, but toward him: the audience heard you confirm his point. # speaker: narrator
    -> menu
+ [Guarantees, not trust # move: rebut # card: guarantees]
    ~ played = "guarantees"
    ~ g = grade_of(who, played)
    Then let us not trust them at all. Talks amid distrust run on written agreements, executive guarantees and registration with international bodies. Results then rest on what is binding and can be checked, not on the character of the other side. # speaker: player # source: m08, m09
    { g == "strong":
        If every step they take is checked before we take ours, the name matters less than the checking. I grant that this answers "no results". Who checks, and what happens when they cheat, remains to be seen. # speaker: laeini # dramatized # grade: {g} # why: Results need not rest on trust: binding, verifiable mechanisms make talks with a distrusted side productive (m08, m09)
    - else:
        You offered Mr. Sediqi the same guarantees earlier, and the room heard it land. It is no newer now. And you still have not said what stops them using the checking itself to stall. # speaker: laeini # dramatized # grade: {g} # why: A point that already landed loses force when repeated; guarantees alone do not answer the stalling charge (m09)
    }
+ [No one is fully trustworthy # move: rebut # card: relative-trust]
    ~ played = "relative-trust"
    ~ g = grade_of(who, played)
    If we talked only with states we fully trust, we could not talk with Russia, China, Britain or Saudi Arabia either. No country is entirely trustworthy. Trust is relative, and it is built through talks, not assumed before them. # speaker: player # source: m10, m16
    { g == "strong":
        Fair. None of those states is an angel, and we talk with all of them. I still hold the US to be the worst. But "worst" is a degree, not a name, and degrees can be weighed. # speaker: laeini # dramatized # grade: {g} # why: A name is not an argument: if distrust ruled out talks, it would rule out every state (m10, m16)
    - else:
        You made this point to Mr. Sediqi earlier, and it landed then. Heard twice, it is familiar, not new. Others being untrustworthy does not make the US any less so. # speaker: laeini # dramatized # grade: {g} # why: A point that already landed loses force when repeated; the room has heard it (m16)
    }
+ [Talking is not accepting # move: rebut # card: talk-is-not-accept]
    ~ played = "talk-is-not-accept"
    ~ g = grade_of(who, played)
    Talks are not a blessing on the other side. Negotiation clarifies issues and explores solutions; it does not imply accepting the other party. We can talk with those we oppose without approving of them. # speaker: player # source: m05
    I never feared that we would approve of them. I said talking with them brings no results, because they use the table to stall. Talking need not mean accepting, but it can still mean wasting time. # speaker: laeini # dramatized # grade: {g} # why: Talking without accepting answers the fear of approval, not the charge that talks are used to stall (m05)
+ [Strength starts at home # move: rebut # card: home-front]
    ~ played = "home-front"
    ~ g = grade_of(who, played)
    Our real problem is at home: corruption, and too little room for young people with fresh ideas. Fix that, and the country can withstand whatever happens at any table. # speaker: player # source: m02, m03
    Reform at home is a sermon I give myself. It does not touch my claim: whatever state our house is in, talks with Washington are a tool for stalling us. You have changed the subject. # speaker: laeini # dramatized # grade: {g} # why: Reform at home is a real priority, but it changes the subject from whether talks are used to stall (m02)
+ [Negotiate from confidence # move: rebut # card: confidence]
    ~ played = "confidence"
    ~ g = grade_of(who, played)
    Stalling only works on a side that waits. A negotiator who sees himself as powerful, acts rationally and reads where the talks are heading sets the pace himself. Then the delay costs them, not us. # speaker: player # source: m04, m07
    A strong negotiator is better than a weak one, I grant. But confidence on our side does not change what they intend. A confident man can still be kept waiting for years. # speaker: laeini # dramatized # grade: {g} # why: Confidence answers the fear of being outplayed, but not the claim that the other side uses talks to stall (m07)
+ [Cheaper than war # move: rebut # card: cost-of-war]
    ~ played = "cost-of-war"
    ~ g = grade_of(who, played)
    You say they use talks to stall and avoid a fight. Then talks are cheaper for them than war, so they need something from us. That need is our leverage. We should choose our tool deliberately and use it, not walk away. # speaker: player # source: m11, m14, m15
    If they need the talks more than we do, then the talks are not only their tool. That much I accept. But take the logic no further: daring them in the Strait of Hormuz would be a gamble, not a policy. # speaker: laeini # dramatized # grade: {g} # why: If the other side talks to avoid war, the talks are leverage for us, not only a tool for stalling (m11, m14)
+ [Then take responsibility # move: rebut # card: take-the-wheel]
    ~ played = "take-the-wheel"
    ~ g = grade_of(who, played)
    If you reject talks, take executive responsibility and show the plan that solves our problems without them. Critics who only offer confrontation should be ready to carry out what they propose. # speaker: player # source: m01
    My duty is to warn, and I am warning. Asking a prayer leader in Sari for a ministry's plan does not show that talks bring results. It only moves the question onto me. # speaker: laeini # dramatized # grade: {g} # why: "Show your plan" targets critics with executive power; it does not test whether talks are futile (m01)
+ [Understand the concepts # move: rebut # card: know-the-concepts]
    ~ played = "know-the-concepts"
    ~ g = grade_of(who, played)
    Decisions go wrong when decision-makers misunderstand basic concepts such as negotiation and trust. Understood properly, negotiation is a tool we can use too, not only one that is used against us. # speaker: player # source: m18, m19
    You think I misunderstand the word negotiation. I understand it well enough to see how it has been used against us. A lesson on concepts does not show that these talks would be any different. # speaker: laeini # dramatized # grade: {g} # why: Telling the speaker he misunderstands the concept does not show that talks would bring results (m19)
+ [Attack the man, not the argument # move: attack]
    ~ g = "backfire"
    With respect, "Great Satan" is a slogan from more than forty years ago. Someone who still reaches for it is reciting, not thinking. Why should this audience take lessons in diplomacy from a slogan? # speaker: player # dramatized
    You object to labels, and then you hand me one: a man who recites. If a name is not an argument, that holds for yours too. You still have not shown that talks would bring results. # speaker: laeini # dramatized # grade: {g} # why: Answering name-calling with name-calling answers nothing and costs the attacker the room (f-laeini)
    A few people in the audience wince; the moderator makes a note. # speaker: narrator

- (verdict)
~ settle(who, played, g)
~ temp after = stance_after(g, conceded and has_kernel(who))
{ after != now:
    { after:
    - "open": Laeini does not take back the name. But he nods slowly; he is willing to hear how talks would work. # speaker: narrator # stance: laeini={after}
    - "wary": Laeini rests a hand on his notes and weighs the point; not persuaded, but listening. # speaker: narrator # stance: laeini={after}
    - "firm": Laeini closes his folder. For him the matter was settled before he sat down. # speaker: narrator # stance: laeini={after}
    }
}
~ leave_floor(who, after)
->->
