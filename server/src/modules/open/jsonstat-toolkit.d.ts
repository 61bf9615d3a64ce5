// The few parts of jsonstat-toolkit (no types of its own) that the open-data test uses.
declare module 'jsonstat-toolkit' {
  interface JsonStatDatum {
    value: number | null;
  }
  interface JsonStatDimension {
    id: string[];
    label: string;
    Category(id: string): { label: string; unit?: { label?: string; decimals?: number } | null } | null;
  }
  interface JsonStatDataset {
    class: string;
    id: string[];
    length: number;
    n: number;
    value: (number | null)[];
    Data(query: Record<string, string>): JsonStatDatum | null;
    Dimension(id: string): JsonStatDimension | null;
  }
  export default function JSONstat(input: unknown): JsonStatDataset;
}
