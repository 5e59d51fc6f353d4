// The generated sound files (see assets/audio/README.md), imported so Vite fingerprints and ships
// them. WebM (Opus) comes first; Howler falls back to MP3 where WebM does not play (older Safari).
import applauseMp3 from '../../assets/audio/applause.mp3';
import applauseWebm from '../../assets/audio/applause.webm';
import buzzMp3 from '../../assets/audio/buzz.mp3';
import buzzWebm from '../../assets/audio/buzz.webm';
import chimeMp3 from '../../assets/audio/chime.mp3';
import chimeWebm from '../../assets/audio/chime.webm';
import gavelMp3 from '../../assets/audio/gavel.mp3';
import gavelWebm from '../../assets/audio/gavel.webm';
import murmurMp3 from '../../assets/audio/murmur.mp3';
import murmurWebm from '../../assets/audio/murmur.webm';
import roomMp3 from '../../assets/audio/room.mp3';
import roomWebm from '../../assets/audio/room.webm';
import stampPartialMp3 from '../../assets/audio/stamp-partial.mp3';
import stampPartialWebm from '../../assets/audio/stamp-partial.webm';
import stampStrongMp3 from '../../assets/audio/stamp-strong.mp3';
import stampStrongWebm from '../../assets/audio/stamp-strong.webm';
import stampWeakMp3 from '../../assets/audio/stamp-weak.mp3';
import stampWeakWebm from '../../assets/audio/stamp-weak.webm';
import type { SoundSources } from './audio.ts';

export const soundSources: SoundSources = {
  cues: {
    gavel: [gavelWebm, gavelMp3],
    murmur: [murmurWebm, murmurMp3],
    applause: [applauseWebm, applauseMp3],
    chime: [chimeWebm, chimeMp3],
    buzz: [buzzWebm, buzzMp3],
    'stamp-strong': [stampStrongWebm, stampStrongMp3],
    'stamp-partial': [stampPartialWebm, stampPartialMp3],
    'stamp-weak': [stampWeakWebm, stampWeakMp3],
  },
  room: [roomWebm, roomMp3],
};
