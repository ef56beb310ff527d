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
