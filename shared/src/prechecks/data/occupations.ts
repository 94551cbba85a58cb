import { isBlueCardShortageOccupation } from './blue-card-shortage-groups';
import type { OccupationField } from './occupation-fields';

export type Occupation = {
  /** ISCO-08 unit group, 4 digits. */
  code: string;
  titleDe: string;
  titleEn: string;
  field: OccupationField;
  /** Blue Card shortage occupation (reduced salary threshold). */
  shortage: boolean;
  /** IT specialist in the sense of § 18g(2) and § 19c(2): ISCO 133 and 25. */
  it: boolean;
  /** Practising it needs a German licence or state recognition. */
  regulated: boolean;
};

/** `shortage` is derived from the shortage groups; set it on a row only to override that. */
type OccupationRow = Omit<Occupation, 'shortage'> & { shortage?: boolean };

// biome-ignore format: one row per occupation reads as a table
const occupationRows: readonly OccupationRow[] = [
  // Nursing and care: the ITC's focus. German nurses are licensed (Pflegeberufegesetz).
  { code: '2221', titleDe: 'Pflegefachkraft', titleEn: 'Nursing professional', field: 'nursing', it: false, regulated: true },
  { code: '2222', titleDe: 'Hebamme', titleEn: 'Midwifery professional', field: 'nursing', it: false, regulated: true },
  { code: '3221', titleDe: 'Pflegefachkraft (Ausbildungsberuf)', titleEn: 'Nursing associate professional', field: 'nursing', it: false, regulated: true },
  // State-examined care assistants (Pflegefachassistenz) need a licence; home care workers do not.
  { code: '5321', titleDe: 'Pflegehilfskraft', titleEn: 'Health care assistant', field: 'care', it: false, regulated: true },
  { code: '5322', titleDe: 'Betreuungskraft in der häuslichen Pflege', titleEn: 'Home-based personal care worker', field: 'care', it: false, regulated: false },
  // Medicine: all need the Approbation or a comparable licence.
  { code: '2211', titleDe: 'Ärztin/Arzt (Allgemeinmedizin)', titleEn: 'Generalist medical practitioner', field: 'medicine', it: false, regulated: true },
  { code: '2212', titleDe: 'Fachärztin/Facharzt', titleEn: 'Specialist medical practitioner', field: 'medicine', it: false, regulated: true },
  { code: '2261', titleDe: 'Zahnärztin/Zahnarzt', titleEn: 'Dentist', field: 'medicine', it: false, regulated: true },
  { code: '2262', titleDe: 'Apothekerin/Apotheker', titleEn: 'Pharmacist', field: 'medicine', it: false, regulated: true },
  { code: '2264', titleDe: 'Physiotherapeutin/Physiotherapeut', titleEn: 'Physiotherapist', field: 'medicine', it: false, regulated: true },
  // Engineering: the title "Ingenieur" is protected, but working as an employee needs no licence.
  { code: '2141', titleDe: 'Wirtschaftsingenieurwesen, Produktion', titleEn: 'Industrial and production engineer', field: 'engineering', it: false, regulated: false },
  { code: '2142', titleDe: 'Bauingenieurin/Bauingenieur', titleEn: 'Civil engineer', field: 'engineering', it: false, regulated: false },
  { code: '2143', titleDe: 'Umweltingenieurin/Umweltingenieur', titleEn: 'Environmental engineer', field: 'engineering', it: false, regulated: false },
  { code: '2144', titleDe: 'Maschinenbauingenieurin/Maschinenbauingenieur', titleEn: 'Mechanical engineer', field: 'engineering', it: false, regulated: false },
  { code: '2145', titleDe: 'Chemieingenieurin/Chemieingenieur', titleEn: 'Chemical engineer', field: 'engineering', it: false, regulated: false },
  { code: '2146', titleDe: 'Bergbau- und Hütteningenieurwesen', titleEn: 'Mining engineer or metallurgist', field: 'engineering', it: false, regulated: false },
  { code: '2149', titleDe: 'Ingenieurin/Ingenieur (sonstige)', titleEn: 'Engineering professional (other)', field: 'engineering', it: false, regulated: false },
  { code: '2151', titleDe: 'Elektroingenieurin/Elektroingenieur', titleEn: 'Electrical engineer', field: 'engineering', it: false, regulated: false },
  { code: '2152', titleDe: 'Elektronikingenieurin/Elektronikingenieur', titleEn: 'Electronics engineer', field: 'engineering', it: false, regulated: false },
  { code: '2153', titleDe: 'Ingenieurin/Ingenieur Telekommunikation', titleEn: 'Telecommunications engineer', field: 'engineering', it: false, regulated: false },
  // Architects must be entered in the chamber's list to work under that title.
  { code: '2161', titleDe: 'Architektin/Architekt', titleEn: 'Building architect', field: 'engineering', it: false, regulated: true },
  // IT: ISCO 133 and 25 are IT specialists; ICT technicians (35) are not, but are listed for search.
  { code: '1330', titleDe: 'Führungskraft IT-Dienstleistungen', titleEn: 'ICT service manager', field: 'it', it: true, regulated: false },
  { code: '2511', titleDe: 'Systemanalytikerin/Systemanalytiker', titleEn: 'Systems analyst', field: 'it', it: true, regulated: false },
  { code: '2512', titleDe: 'Softwareentwicklerin/Softwareentwickler', titleEn: 'Software developer', field: 'it', it: true, regulated: false },
  { code: '2513', titleDe: 'Web- und Multimediaentwicklung', titleEn: 'Web and multimedia developer', field: 'it', it: true, regulated: false },
  { code: '2514', titleDe: 'Anwendungsprogrammiererin/Anwendungsprogrammierer', titleEn: 'Applications programmer', field: 'it', it: true, regulated: false },
  { code: '2519', titleDe: 'Software- und Anwendungsentwicklung (sonstige)', titleEn: 'Software and applications developer (other)', field: 'it', it: true, regulated: false },
  { code: '2521', titleDe: 'Datenbankentwicklung und -administration', titleEn: 'Database designer and administrator', field: 'it', it: true, regulated: false },
  { code: '2522', titleDe: 'Systemadministratorin/Systemadministrator', titleEn: 'Systems administrator', field: 'it', it: true, regulated: false },
  { code: '2523', titleDe: 'Fachkraft Computernetzwerke', titleEn: 'Computer network professional', field: 'it', it: true, regulated: false },
  { code: '2529', titleDe: 'Datenbank- und Netzwerkfachkraft (sonstige)', titleEn: 'Database and network professional (other)', field: 'it', it: true, regulated: false },
  { code: '3511', titleDe: 'Techniker/in IT-Betrieb', titleEn: 'ICT operations technician', field: 'it', it: false, regulated: false },
  { code: '3512', titleDe: 'Techniker/in IT-Anwenderbetreuung', titleEn: 'ICT user support technician', field: 'it', it: false, regulated: false },
  { code: '3513', titleDe: 'Techniker/in Computernetzwerke und -systeme', titleEn: 'Computer network and systems technician', field: 'it', it: false, regulated: false },
  { code: '3514', titleDe: 'Techniker/in Web', titleEn: 'Web technician', field: 'it', it: false, regulated: false },
  // Natural sciences
  { code: '2111', titleDe: 'Physikerin/Physiker', titleEn: 'Physicist', field: 'science', it: false, regulated: false },
  { code: '2112', titleDe: 'Meteorologin/Meteorologe', titleEn: 'Meteorologist', field: 'science', it: false, regulated: false },
  { code: '2113', titleDe: 'Chemikerin/Chemiker', titleEn: 'Chemist', field: 'science', it: false, regulated: false },
  { code: '2114', titleDe: 'Geologin/Geologe', titleEn: 'Geologist or geophysicist', field: 'science', it: false, regulated: false },
  { code: '2131', titleDe: 'Biologin/Biologe', titleEn: 'Biologist', field: 'science', it: false, regulated: false },
  { code: '2132', titleDe: 'Agrar- und Forstwissenschaft', titleEn: 'Farming, forestry or fisheries adviser', field: 'science', it: false, regulated: false },
  { code: '2133', titleDe: 'Umweltschutz', titleEn: 'Environmental protection professional', field: 'science', it: false, regulated: false },
  // Education: school teachers and educators need state recognition; vocational trainers do not.
  { code: '2320', titleDe: 'Lehrkraft für berufliche Bildung', titleEn: 'Vocational education teacher', field: 'education', it: false, regulated: false },
  { code: '2330', titleDe: 'Lehrkraft Sekundarstufe', titleEn: 'Secondary education teacher', field: 'education', it: false, regulated: true },
  { code: '2341', titleDe: 'Lehrkraft Grundschule', titleEn: 'Primary school teacher', field: 'education', it: false, regulated: true },
  { code: '2342', titleDe: 'Erzieherin/Erzieher', titleEn: 'Early childhood educator', field: 'education', it: false, regulated: true },
  { code: '5311', titleDe: 'Kinderpflegerin/Kinderpfleger', titleEn: 'Child care worker', field: 'education', it: false, regulated: true },
  // Social work: "staatlich anerkannt" is required to work as a social worker.
  { code: '2635', titleDe: 'Sozialarbeiterin/Sozialarbeiter', titleEn: 'Social work professional', field: 'social', it: false, regulated: true },
  // Crafts: employees need no master craftsman's certificate, so none is regulated.
  { code: '7411', titleDe: 'Elektroinstallateurin/Elektroinstallateur', titleEn: 'Building electrician', field: 'crafts', it: false, regulated: false },
  { code: '7412', titleDe: 'Elektromechanikerin/Elektromechaniker', titleEn: 'Electrical mechanic and fitter', field: 'crafts', it: false, regulated: false },
  { code: '7126', titleDe: 'Anlagenmechaniker/in Sanitär, Heizung, Klima', titleEn: 'Plumber and pipe fitter', field: 'crafts', it: false, regulated: false },
  { code: '7115', titleDe: 'Tischlerin/Tischler, Zimmerin/Zimmerer', titleEn: 'Carpenter and joiner', field: 'crafts', it: false, regulated: false },
  { code: '7212', titleDe: 'Schweißerin/Schweißer', titleEn: 'Welder and flame cutter', field: 'crafts', it: false, regulated: false },
  { code: '7231', titleDe: 'Kfz-Mechatronikerin/Kfz-Mechatroniker', titleEn: 'Motor vehicle mechanic', field: 'crafts', it: false, regulated: false },
  { code: '7233', titleDe: 'Industriemechanikerin/Industriemechaniker', titleEn: 'Agricultural and industrial machinery mechanic', field: 'crafts', it: false, regulated: false },
  { code: '7512', titleDe: 'Bäckerin/Bäcker', titleEn: 'Baker', field: 'crafts', it: false, regulated: false },
  { code: '7511', titleDe: 'Fleischerin/Fleischer', titleEn: 'Butcher', field: 'crafts', it: false, regulated: false },
  { code: '7112', titleDe: 'Maurerin/Maurer', titleEn: 'Bricklayer', field: 'crafts', it: false, regulated: false },
  { code: '7131', titleDe: 'Malerin/Maler', titleEn: 'Painter', field: 'crafts', it: false, regulated: false },
  { code: '7121', titleDe: 'Dachdeckerin/Dachdecker', titleEn: 'Roofer', field: 'crafts', it: false, regulated: false },
  { code: '5141', titleDe: 'Friseurin/Friseur', titleEn: 'Hairdresser', field: 'crafts', it: false, regulated: false },
  { code: '5120', titleDe: 'Köchin/Koch', titleEn: 'Cook', field: 'hospitality', it: false, regulated: false },
  // Truck drivers need an EU driving licence (class C/CE) and the driver qualification.
  { code: '8332', titleDe: 'Berufskraftfahrerin/Berufskraftfahrer (Lkw)', titleEn: 'Heavy truck driver', field: 'logistics', it: false, regulated: true },
];

export const occupations: readonly Occupation[] = occupationRows.map((row) => ({
  ...row,
  shortage: row.shortage ?? isBlueCardShortageOccupation(row.code),
}));

const occupationsByCode = new Map(occupations.map((occupation) => [occupation.code, occupation]));

export function findOccupation(code: string): Occupation | undefined {
  return occupationsByCode.get(code);
}

export type OccupationFlags = {
  shortageOccupation: boolean;
  itSpecialist: boolean;
  regulated: boolean;
};

/** Pre-fills the pre-check's job flags; undefined for a code the list does not hold. */
export function occupationFlags(code: string): OccupationFlags | undefined {
  const occupation = findOccupation(code);
  return (
    occupation && {
      shortageOccupation: occupation.shortage,
      itSpecialist: occupation.it,
      regulated: occupation.regulated,
    }
  );
}
