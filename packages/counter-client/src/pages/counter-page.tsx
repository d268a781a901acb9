import { Workstation } from '../workstation/workstation';

/** `/counter`: the clerk's workstation. */
export function CounterPage() {
  return <Workstation />;
}
