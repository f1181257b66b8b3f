import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { Location } from 'react-router';
import { useServices } from './services';
import { FatalErrorScreen } from './ErrorBoundary';

interface Props {
  children: ReactNode;
  location: Location;
  onSaveData?: () => Promise<void>;
}

interface State {
  error: Error | null;
  location: Location;
}

/**
 * A screen that crashed (or whose code could not be loaded): the same French message and
 * data rescue as the app's last line of defence, in place of the shell. Going to another
 * address (back, a link) renders the screens again, as react-router's own error boundary did.
 */
class ScreenErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, location: this.props.location };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.location === state.location) return null;
    return { error: null, location: props.location };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Screen error', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <FatalErrorScreen error={error} onSaveData={this.props.onSaveData} />;
  }
}

export function RouteErrorBoundary({
  location,
  children,
}: {
  location: Location;
  children: ReactNode;
}) {
  const { saveAllData } = useServices();
  return (
    <ScreenErrorBoundary location={location} onSaveData={saveAllData}>
      {children}
    </ScreenErrorBoundary>
  );
}
