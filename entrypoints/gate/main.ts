import { startGatePage } from '../../lib/gate/gate-page';
import '../../components/theme.css';
import './style.css';

void startGatePage(document);
