import { browserEnv } from './env';
import { mountParticipant } from './mount';
import './participant.css';

const root = document.getElementById('app');
if (root) mountParticipant(root, browserEnv());
