#!/usr/bin/env bash
# Synthesises every sound effect of The Round Table from nothing but SoX's synth generator and
# effects (no recorded samples), then encodes each to WebM/Opus and MP3 next to this script.
#
#   assets/audio/make-sounds.sh        (from any directory; needs sox and ffmpeg)
#
# The output is reproducible: SoX runs in repeatable mode (-R, fixed noise seed), the applause
# timing comes from a fixed-seed generator below, and the encoders write no metadata.
set -euo pipefail

OUT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RATE=48000

for tool in sox ffmpeg awk; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "make-sounds.sh: '$tool' is required but not installed" >&2
    exit 1
  }
done

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# sox with a fixed noise seed.
sx() { sox -R "$@"; }
# `gen OUT.wav EFFECTS...` synthesises 48 kHz mono from the null input.
gen() {
  local out="$1"
  shift
  sox -R -r "$RATE" -c 1 -n -b 16 "$out" "$@"
}
# Same, but with N input channels so several waveforms can be mixed by `remix`.
genc() {
  local channels="$1" out="$2"
  shift 2
  sox -R -r "$RATE" -c "$channels" -n -b 16 "$out" "$@"
}

# A small deterministic pseudo-random generator (LCG), so the applause is the same on every run
# and every bash version. rnd MIN MAX sets R to an integer in [MIN, MAX].
SEED=20251127
rnd() {
  SEED=$(((SEED * 1103515245 + 12345) % 2147483648))
  R=$(($1 + (SEED / 65536) % ($2 - $1 + 1)))
}
# Integer milliseconds -> seconds string for SoX.
ms() { printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); }

# --- gavel: two knocks of wood on wood -------------------------------------------------------------
# A knock is a body (three inharmonic wood modes with a fast exponential decay) plus the impact
# (a few milliseconds of band-passed noise), low-passed so it thuds instead of clicking.
knock() {
  local out="$1"
  genc 3 "$WORK/body.wav" synth 0.22 sine 185 sine 410 sine 905 \
    synth exp amod 4.545 0 0 0 28 remix 1v0.55,2v0.3,3v0.12
  gen "$WORK/impact.wav" synth 0.04 whitenoise synth exp amod 25 0 0 0 22 \
    bandpass 1100 1.2q lowpass 3000
  gen "$WORK/thump.wav" synth 0.12 brownnoise synth exp amod 8.33 0 0 0 25 \
    lowpass 300 lowpass 300
  sx -m -v 1 "$WORK/body.wav" -v 0.9 "$WORK/impact.wav" -v 1.2 "$WORK/thump.wav" "$out" \
    fade q 0.001 0.22 0.05 lowpass 3500
}
knock "$WORK/knock.wav"
sx -m -v 1 "$WORK/knock.wav" -v 0.8 "|sox -R $WORK/knock.wav -p pad 0.17 lowpass 2500" \
  "$WORK/gavel.wav" pad 0 0.12 reverb 18 50 20 100 0 0 trim 0 0.5 fade t 0 0.5 0.06 norm -6

# --- murmur: a low audience murmur ----------------------------------------------------------------
# Four "voices" of pink/brown noise in speech bands, each swelling at its own syllable-like rate,
# under a slow overall swell; band-limited to 150 Hz..2 kHz, faded in and out, kept quiet.
gen "$WORK/v1.wav" synth 1.5 pinknoise bandpass 420 1.5q tremolo 3.1 70 tremolo 0.9 40
gen "$WORK/v2.wav" synth 1.5 brownnoise bandpass 650 1.2q tremolo 4.3 65 tremolo 1.3 35
gen "$WORK/v3.wav" synth 1.5 pinknoise bandpass 1200 2q tremolo 5.7 60 tremolo 0.7 45
gen "$WORK/v4.wav" synth 1.5 brownnoise bandpass 300 1q tremolo 2.3 55 tremolo 1.7 30
sx -m "$WORK/v1.wav" "$WORK/v2.wav" "$WORK/v3.wav" "$WORK/v4.wav" "$WORK/murmur.wav" \
  highpass 150 lowpass 2000 reverb 40 50 60 100 0 0 fade q 0.45 1.5 0.6 norm -14

# --- applause: light applause from a handful of people ---------------------------------------------
# Each clapper has their own hand timbre (band-passed noise burst with a sharp exponential decay)
# and claps 3-5 times a second with human jitter; twelve of them are layered and given a little room.
CLAPPERS=12
for ((c = 0; c < CLAPPERS; c++)); do
  rnd 900 2600
  centre=$R
  rnd 8 16
  q=$R
  gen "$WORK/clap$c.wav" synth 0.06 whitenoise synth exp amod 16.67 0 0 0 20 \
    gain -6 highpass 500 bandpass "$centre" "$(ms $((q * 100)))q" lowpass 6000
  rnd 0 300
  parts=("|sox -R -r $RATE -c 1 -n -p trim 0 $(ms $((R + 1)))")
  elapsed=$R
  rnd 180 300
  period=$R
  while ((elapsed < 1800)); do
    rnd -45 45
    gap=$((period + R - 60))
    rnd 55 99
    parts+=("|sox -R $WORK/clap$c.wav -p vol 0.$R pad 0 $(ms "$gap")")
    elapsed=$((elapsed + 60 + gap))
  done
  sx "${parts[@]}" "$WORK/layer$c.wav" trim 0 1.8
done
layers=()
for ((c = 0; c < CLAPPERS; c++)); do layers+=("$WORK/layer$c.wav"); done
sx -m "${layers[@]}" "$WORK/applause.wav" \
  gain -3 reverb 35 60 50 100 0 0 lowpass 7000 fade q 0.25 1.8 0.7 norm -6

# --- chime: a soft two-note chime (E5 then A5) ------------------------------------------------------
# Each note is a sine with its second and third harmonics, a 4 ms attack and an exponential decay.
note() {
  local out="$1" freq="$2" len="$3"
  genc 3 "$out" synth "$len" sine "$freq" sine "$(awk -v f="$freq" 'BEGIN { print f * 2 }')" \
    sine "$(awk -v f="$freq" 'BEGIN { print f * 3 }')" \
    synth exp amod "$(awk -v l="$len" 'BEGIN { print 1 / l }')" 0 0 0 22 \
    remix 1v0.7,2v0.18,3v0.06 fade q 0.004
}
note "$WORK/n1.wav" 659.26 1.0
note "$WORK/n2.wav" 880.00 1.0
sx -m -v 1 "$WORK/n1.wav" -v 1 "|sox -R $WORK/n2.wav -p pad 0.2" "$WORK/chime.wav" \
  lowpass 5000 gain -4 reverb 25 50 40 100 0 0 trim 0 1.2 fade t 0 1.2 0.15 norm -9

# --- buzz: a dull low buzz ---------------------------------------------------------------------
# Two slightly detuned sawtooths and a sub-octave square, heavily low-passed, quick fades.
genc 3 "$WORK/buzz.wav" synth 0.5 sawtooth 110 sawtooth 111.3 square 55 \
  remix 1v0.4,2v0.4,3v0.25 lowpass 450 lowpass 700 fade q 0.012 0.5 0.18 norm -10

# --- stamps: the beat of a graded move -------------------------------------------------------------
# Each stamp lands with the same soft thump (a short burst of low-passed brown noise, like a rubber
# stamp on a desk); then strong rises through two bright notes (G5, D6), partial rings one clear
# note (A5), and weak sinks to one dull low tone (C3). A backfire keeps the buzz above.
gen "$WORK/thump-stamp.wav" synth 0.09 brownnoise synth exp amod 11 0 0 0 30 lowpass 260 lowpass 400 \
  fade q 0.002 0.09 0.04
note "$WORK/s1.wav" 783.99 0.45
note "$WORK/s2.wav" 1174.66 0.55
sx -m -v 1.2 "$WORK/thump-stamp.wav" -v 0.8 "|sox -R $WORK/s1.wav -p pad 0.05" -v 0.8 "|sox -R $WORK/s2.wav -p pad 0.16" \
  "$WORK/stamp-strong.wav" lowpass 6000 trim 0 0.72 fade t 0 0.72 0.12 norm -8
note "$WORK/p1.wav" 880.00 0.5
sx -m -v 1.2 "$WORK/thump-stamp.wav" -v 0.75 "|sox -R $WORK/p1.wav -p pad 0.05" \
  "$WORK/stamp-partial.wav" lowpass 5000 trim 0 0.54 fade t 0 0.54 0.1 norm -10
genc 2 "$WORK/w1.wav" synth 0.35 sine 130.81 sine 196 synth exp amod 2.86 0 0 0 24 remix 1v0.6,2v0.2
sx -m -v 1.3 "$WORK/thump-stamp.wav" -v 0.9 "|sox -R $WORK/w1.wav -p pad 0.04" \
  "$WORK/stamp-weak.wav" lowpass 900 trim 0 0.38 fade t 0 0.38 0.1 norm -10

# --- room: a 4 s seamless room-tone loop --------------------------------------------------------------
# Air-conditioning hum (50 Hz and harmonics, a whole number of cycles in 4 s so it loops exactly)
# plus a faint low noise floor. The noise is made 1 s longer than the loop and its extra second is
# crossfaded (equal power) over the loop's first second, so the end flows back into the start.
LOOP=4
genc 3 "$WORK/hum.wav" synth "$LOOP" sine 50 sine 100 sine 150 remix 1v0.5,2v0.3,3v0.08
genc 2 "$WORK/noise.wav" synth $((LOOP + 1)) brownnoise pinknoise \
  remix 1v0.9,2v0.25 gain -6 highpass 40 lowpass 900
sx "$WORK/noise.wav" "$WORK/head.wav" trim 0 1 fade q 1 1 0
sx "$WORK/noise.wav" "$WORK/tail.wav" trim "$LOOP" 1 fade q 0 1 1
sx -m -v 1 "$WORK/head.wav" -v 1 "$WORK/tail.wav" "$WORK/seam.wav"
sx "$WORK/seam.wav" "|sox -R $WORK/noise.wav -p trim 1 $((LOOP - 1))" "$WORK/noiseloop.wav"
sx -m -v 0.25 "$WORK/hum.wav" -v 1 "$WORK/noiseloop.wav" "$WORK/room-raw.wav"
# Bring the loop to -30 dBFS RMS.
rms=$(sox "$WORK/room-raw.wav" -n stat 2>&1 | awk '/RMS +amplitude/ { print $3 }')
gain=$(awk -v r="$rms" 'BEGIN { printf "%.2f", -30 - 20 * log(r) / log(10) }')
sx "$WORK/room-raw.wav" "$WORK/room.wav" gain "$gain"

# --- encode -------------------------------------------------------------------------------------
# Opus at the lowest rate each sound survives: noisy ones (applause, murmur) need more than tones,
# and the low-passed room tone least. Every byte here is paid before the first decision.
rate() {
  case "$1" in
    applause | murmur) echo 32k ;;
    room) echo 16k ;;
    *) echo 24k ;;
  esac
}
NAMES=(gavel murmur applause chime buzz stamp-strong stamp-partial stamp-weak room)
for name in "${NAMES[@]}"; do
  common=(-nostdin -loglevel error -y -i "$WORK/$name.wav" -map_metadata -1 -ac 1 -fflags +bitexact)
  ffmpeg "${common[@]}" -c:a libopus -b:a "$(rate "$name")" -flags:a +bitexact "$OUT/$name.webm"
  ffmpeg "${common[@]}" -c:a libmp3lame -q:a 7 -id3v2_version 0 -write_id3v1 0 "$OUT/$name.mp3"
done
rm -f "$WORK"/*.wav

echo "make-sounds.sh: wrote ${NAMES[*]} (.webm and .mp3) to $OUT"
