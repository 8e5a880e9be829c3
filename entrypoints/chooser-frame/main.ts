import { startChooserFrame } from '../../lib/content/chooser-frame';

void startChooserFrame(document);
