import { type ComponentType, type FunctionComponent, h } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * Like preact-iso's `lazy`, for parts of a screen rather than whole routes: renders nothing until
 * the chunk has arrived, instead of suspending the route. A suspended route keeps the previous
 * screen in the page meanwhile, which puts two screens (two headings, two landmarks) side by side.
 */
export function deferred<P extends object>(
  load: () => Promise<ComponentType<P>>,
): FunctionComponent<P> & { preload(): void } {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const start = () => {
    loading ??= load().then((component) => {
      loaded = component;
      return component;
    });
    return loading;
  };
  function Deferred(props: P) {
    const [, setArrived] = useState(false);
    // Whether this first render already had the part. The chunk may arrive between the render and
    // its effect (a preload started before the render wins the race): the effect must then still
    // render again, or the part never shows. It did not, and a first screen stayed empty.
    const renderedLoaded = loaded !== null;
    useEffect(() => {
      if (renderedLoaded) return;
      let mounted = true;
      void start().then(() => {
        if (mounted) setArrived(true);
      });
      return () => {
        mounted = false;
      };
    }, []);
    return loaded ? h(loaded, props) : null;
  }
  // Starts fetching before the part is rendered, e.g. while the database opens.
  Deferred.preload = () => void start();
  return Deferred;
}
