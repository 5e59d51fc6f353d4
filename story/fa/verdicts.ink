// Persian (fa) mirror of story/verdicts.ink: the same knots, choices, variables and tags; only the words a player reads differ. Keep the two in step (story/README.md, "The Persian story").
// THE VERDICT ON AN EXCHANGE. After every answer the narrator says where the point landed and
// how the room took it; the meters have already moved (settle in rules.ink) and the guest's stance
// marker follows the tag. It judges the answer, never the question of talks itself. Two wordings
// of each, chosen by the round, so a debate does not hear the same sentence six times.

=== room_verdict(who, g, after, engaged) ===
{ g:
- "strong":
    { round % 2:
    - 1: این پاسخ به خود ادعا می‌پردازد، و بخشی از حاضران به سوی شما می‌آیند. # speaker: narrator # dramatized # stance: {who}={after}
    - else: این پاسخ به قلب ادعا می‌زند. حاضران به سوی شما می‌آیند. # speaker: narrator # dramatized # stance: {who}={after}
    }
- "partial":
    { engaged:
        پاسخی منصفانه، هرچند ادعا همچنان پابرجاست. بخشی از حاضران که دیدند نخست وارد گفت‌وگو شدید، به سوی شما می‌آیند. # speaker: narrator # dramatized # stance: {who}={after}
    - else:
        پاسخی منصفانه، اما ادعا را پابرجا می‌گذارد. حاضران همان‌جا که بودند می‌مانند. # speaker: narrator # dramatized # stance: {who}={after}
    }
- "weak":
    { round % 2:
    - 1: ادعا پابرجا می‌ماند، و بخشی از حاضران به سوی آن می‌روند. # speaker: narrator # dramatized # stance: {who}={after}
    - else: پاسخ به هدف نمی‌خورد، و ادعا جای خود را حفظ می‌کند. بخشی از حاضران به سوی آن می‌روند. # speaker: narrator # dramatized # stance: {who}={after}
    }
- else:
    حمله به هیچ چیز پاسخ نمی‌دهد. حاضران از شما رو برمی‌گردانند. # speaker: narrator # dramatized # stance: {who}={after} # sfx: murmur
}
->->
