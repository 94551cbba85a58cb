/** Fee for the accelerated procedure (§ 81a AufenthG), per person, paid to the ZFE NRW. */
export const acceleratedProcedureFeeEurPerPerson = 411;
