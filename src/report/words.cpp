#include "report/words.hpp"

#include <map>

namespace mkba::report {

namespace {

const std::map<std::string, std::string>& dutch() {
  static const std::map<std::string, std::string> words{
      {"day", "dag"},
      {"days", "dagen"},
      {"week", "week"},
      {"weeks", "weken"},
      {"month", "maand"},
      {"months", "maanden"},
      {"year", "jaar"},
      {"years", "jaar"},
      {"Tariff table", "Tarieventabel"},
      {"prices of", "prijspeil"},
      {"Programme", "Programma"},
      {"Programme costs", "Kosten programma"},
      {"Item", "Post"},
      {"Payer", "Betaler"},
      {"Calculation", "Berekening"},
      {"Total", "Totaal"},
      {"Total avoided", "Totaal vermeden"},
      {"per year", "per jaar"},
      {"participant", "deelnemer"},
      {"participants", "deelnemers"},
      {"Participants", "Deelnemers"},
      {"cost per participant", "kosten per deelnemer"},
      {"Programme cost per participant", "Kosten programma per deelnemer"},
      {"Avoided without the programme", "Vermeden zonder programma"},
      {"Net saving", "Netto besparing"},
      {"Benefit/cost", "Baten/kosten"},
      {"Case", "Casus"},
      {"Cases", "Casussen"},
      {"Title", "Titel"},
      {"Mean of the cases", "Gemiddelde van de casussen"},
      {"Population", "Populatie"},
      {"Basis", "Grondslag"},
      {"Per participant", "Per deelnemer"},
      {"Benefit", "Baten"},
      {"Cost", "Kosten"},
      {"Net", "Netto"},
      {"mean", "gemiddelde"},
      {"median", "mediaan"},
      {"weights", "weging"},
      {"Who pays, who gains", "Wie betaalt, wie wint"},
      {"Pays", "Betaalt"},
      {"Avoids", "Vermijdt"},
      {"Transfer", "Overdracht"},
      {"Net after transfer", "Netto na overdracht"},
      {"Break-even", "Break-even"},
      {"Avoided per participant", "Vermeden per deelnemer"},
      {"Exact", "Exact"},
      {"Needed", "Nodig"},
      {"Unit", "Eenheid"},
      {"Value per unit", "Waarde per eenheid"},
      {"Reach", "Bereik"},
      {"Indicator", "Indicator"},
      {"Count", "Aantal"},
      {"Months", "Maanden"},
      {"Cost over the period", "Kosten over de periode"},
      {"Cost per unit", "Kosten per eenheid"},
      {"all participants like", "alle deelnemers als"},
      {"Population basis", "Populatiegrondslag"},
      {"Population figures are computed from exact values; rounded parts may differ by a cent "
       "from the rounded total.",
       "Populatiecijfers zijn berekend uit exacte waarden; afgeronde delen kunnen een cent "
       "afwijken van het afgeronde totaal."},
      {"Counts are rounded up: a fraction of a participant or an admission cannot be avoided.",
       "Aantallen zijn naar boven afgerond: een deel van een deelnemer of opname bestaat niet."},
      {"The total net benefit is negative: no transfer between payers can leave every payer "
       "without a loss.",
       "Het totale netto resultaat is negatief: geen overdracht tussen betalers kan elke betaler "
       "zonder verlies laten."},
      {"A payer with a loss receives it back; payers with a gain give in proportion to their "
       "gain.",
       "Een betaler met verlies krijgt dat terug; betalers met winst dragen bij naar rato van "
       "hun winst."},
      {"No case vignettes: there is nothing to scale to the population.",
       "Geen casussen: er valt niets naar de populatie op te schalen."},
      {"Only", "Slechts"},
      {"case", "casus"},
      {"cases", "casussen"},
      {"a population estimate that rests on so few vignettes is fragile.",
       "een populatieschatting op zo weinig casussen is kwetsbaar."},
      {"Note", "Opmerking"},
      {"Programme cost", "Programmakosten"},
      {"Tariffs", "Tarieven"},
      {"Price", "Prijs"},
      {"Source", "Bron"},
      {"Price year", "Prijspeil"},
      {"Payers", "Betalers"},
      {"Id", "Id"},
      {"Label", "Omschrijving"},
      {"no programme cost", "geen programmakosten"},
      // Reviewer outputs: check, explain, figures, report.
      {"million", "mln"},
      {"holds", "klopt"},
      {"DOES NOT HOLD", "KLOPT NIET"},
      {"Figure", "Cijfer"},
      {"Figures", "Cijfers"},
      {"Claimed", "Geclaimd"},
      {"Computed", "Berekend"},
      {"Rounded", "Afgerond"},
      {"Verdict", "Oordeel"},
      {"Claims", "Claims"},
      {"Claims check", "Controle van claims"},
      {"{} of {} claims hold.", "{} van {} claims kloppen."},
      {"The file states no claims.", "Het bestand noemt geen claims."},
      {"{} is the sum of parts that were each rounded first: {} = {}. The exact total {} rounds to "
       "{}.",
       "{} is de som van delen die elk eerst zijn afgerond: {} = {}. Het exacte totaal {} rondt af "
       "op {}."},
      {"The source rounded {} up to {}, not to the nearest {}.",
       "De bron rondde {} naar boven af op {}, niet op de dichtstbijzijnde {}."},
      {"{} holds if the source rounded to {} rather than {}: {} rounds to {}.",
       "{} klopt als de bron afrondde op {} in plaats van {}: {} rondt af op {}."},
      {"{} is {} times the computed {}: a factor counted twice?",
       "{} is {} keer het berekende {}: een factor dubbel geteld?"},
      {"The computed {} is {} times the claimed {}: a factor missing?",
       "Het berekende {} is {} keer het geclaimde {}: ontbreekt er een factor?"},
      {"The computed {} rounds to {}, not {}.", "Het berekende {} rondt af op {}, niet op {}."},
      {"rounded up", "naar boven afgerond"},
      {"payer balance rule (README)", "regel voor de betalersbalans (README)"},
      {"per", "per"},
      {"Assumptions", "Aannames"},
      {"Sources", "Bronnen"},
      {"Tariff", "Tarief"},
      {"the mean of the cases", "het gemiddelde van de casussen"},
      {"the median of the cases", "de mediaan van de casussen"},
      {"case", "casus"},
      {"a case mix", "een mix van casussen"},
      {"Prices are those of the tariff table '{}' ({}), price year {}; none is indexed.",
       "Prijzen komen uit de tarieventabel '{}' ({}), prijspeil {}; geen prijs is geïndexeerd."},
      {"Programme costs are yearly; avoided care is counted once, in the year analysed.",
       "Programmakosten zijn jaarlijks; vermeden zorg telt eenmaal, in het geanalyseerde jaar."},
      {"No deadweight, attribution or displacement is applied: figures are gross.",
       "Er is geen deadweight, attributie of verdringing toegepast: de cijfers zijn bruto."},
      {"{}: the avoided cost per participant is that of {}.",
       "{}: de vermeden kosten per deelnemer zijn die van {}."},
      {"The population figures rest on {} case vignettes.",
       "De populatiecijfers rusten op {} casussen."},
      {"Amounts are exact; each is rounded once, to the cent, when shown (halves away from zero).",
       "Bedragen zijn exact; elk wordt eenmaal afgerond op de cent bij het tonen (helften van nul "
       "af)."},
  };
  return words;
}

}  // namespace

std::string tr(Locale locale, const std::string& english) {
  if (locale == Locale::en) return english;
  auto it = dutch().find(english);
  return it == dutch().end() ? english : it->second;
}

}  // namespace mkba::report
