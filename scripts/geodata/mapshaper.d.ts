// Minimal type declaration for the parts of mapshaper's Node API that the geodata build uses.
declare module 'mapshaper' {
  interface MapshaperApi {
    applyCommands(
      commands: string,
      input?: Record<string, unknown>,
    ): Promise<Record<string, string | Uint8Array>>;
  }
  const mapshaper: MapshaperApi;
  export default mapshaper;
}
