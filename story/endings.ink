// PLACEHOLDER: the endings are being written.
=== ending_talks_with_guarantees ===
~ stage = "ending"
PLACEHOLDER. # speaker: narrator # ending: talks-with-guarantees
-> END
=== ending_talks_on_our_terms ===
~ stage = "ending"
PLACEHOLDER. # speaker: narrator # ending: talks-on-our-terms
-> END
=== ending_home_front_first ===
~ stage = "ending"
PLACEHOLDER. # speaker: narrator # ending: home-front-first
-> END
=== ending_audience_not_table ===
~ stage = "ending"
PLACEHOLDER. # speaker: narrator # ending: audience-not-table
-> END
=== ending_deadlock ===
~ stage = "ending"
PLACEHOLDER. # speaker: narrator # ending: deadlock
-> END
=== ending_walkout ===
~ stage = "ending"
PLACEHOLDER. # speaker: narrator # ending: walkout
-> END
