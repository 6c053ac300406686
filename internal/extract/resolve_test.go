package extract

import (
	"strings"
	"testing"
)

// TestResolvePlaces checks the gazetteer entry resolvePlaces chooses for
// each place mention of a passage, given the story's other places.
func TestResolvePlaces(t *testing.T) {
	tests := []struct {
		name, body, want string // want: each place as NAME=COUNTRY/KIND; "?" unresolved, with the place the text puts it in
	}{
		{"towns named together agree on a country",
			"Bombs exploded in Najaf, Karbala and Kut on Friday.",
			"Najaf=IQ/place Karbala=IQ/place Kut=IQ/place"},
		{"a country named in the story decides an ambiguous town",
			"Gunmen attacked a bus near Alexandria in Egypt on Friday.",
			"Alexandria=EG/place Egypt=EG/country"},
		{"a place noun makes a division",
			"Fighting spread across Batangas province on Friday.",
			"Batangas=PH/admin2"},
		{"a village the gazetteer lacks stays unresolved, inside the division named after it",
			"Gunmen attacked Gidan Boka village in Kankara Local Government Area of Katsina State.",
			"Gidan Boka=?(in Kankara) Kankara=NG/admin2 Katsina State=NG/admin1"},
		{"a village the gazetteer has only in another state is a namesake: the text's is one it lacks",
			"Bandits raided Gora village in Maru Local Government Area of Zamfara State.",
			"Gora=?(in Maru) Maru=NG/admin2 Zamfara State=NG/admin1"},
		{"names listed before a plural place noun are each a village, inside the list's district",
			"Bandits raided Gora, Kabaro and Dangulbi villages in Maru Local Government Area of Zamfara State.",
			"Gora=?(in Maru) Kabaro=?(in Maru) Dangulbi=?(in Maru) Maru=NG/admin2 Zamfara State=NG/admin1"},
		{"a direction is not a container: the province south of the capital stays itself",
			"Soldiers clashed with rebels in Batangas province, south of Manila.",
			"Batangas=PH/admin2 Manila=PH/place"},
		{"a dateline abroad is the city it names, not a town the gazetteer lacks",
			"WASHINGTON, March 3 - Japan will cut its exports of cars, Japan's trade minister told Japanese and Japan's business leaders.",
			"WASHINGTON=US/place Japan=JP/country Japan=JP/country Japanese=JP/country Japan=JP/country"},
		{"a capital's own name beats another name of a place in the dateline's country",
			"MADRID (SPAIN), 2 MAY 90 (EFE) -- A CAR BOMB EXPLODED TODAY IN SAN SALVADOR.",
			"MADRID=ES/place SPAIN=ES/country SAN SALVADOR=SV/place"},
		{"a country's name before a division of another country is the town of that name there",
			"BOGOTA, 10 FEB 90 (EFE) -- GUERRILLAS ATTACKED THE POLICE STATION IN GRANADA, ANTIOQUIA.",
			"BOGOTA=CO/place GRANADA=CO/place ANTIOQUIA=CO/admin1"},
		{"a region named after a continent places nothing in the United States",
			"SAN SALVADOR, 1 MAR 90 (EFE) -- GUERRILLAS KILLED FOUR SOLDIERS TODAY AS THE PRESIDENTS OF CENTRAL AMERICA PREPARE TO MEET.",
			"SAN SALVADOR=SV/place"},
		{"a capital told among its neighbours beats its big namesake abroad",
			"TEGUCIGALPA, 11 DEC 89 (EFE) -- A BOMB EXPLODED AT THE HONDURAN EMBASSY IN SAN JOSE, A NICARAGUAN DIPLOMAT SAID.",
			"TEGUCIGALPA=HN/place HONDURAN=HN/country SAN JOSE=CR/place NICARAGUAN=NI/country"},
		{"a big namesake in the dateline's country stays itself",
			"LOS ANGELES, June 2 - A gunman killed two Salvadoran immigrants at a restaurant in San Jose on Saturday.",
			"LOS ANGELES=US/place Salvadoran=SV/country San Jose=US/place"},
		{"a capital by its other name beats a small namesake in the dateline's country when a neighbour is named",
			"WASHINGTON, Dec 29 - U.S. troops raided the Nicaraguan ambassador's residence in Panama City on Friday.",
			"WASHINGTON=US/place U.S.=US/country Nicaraguan=NI/country Panama City=PA/place"},
		{"an embassy named by its owner stands abroad: the capital of the name, not the owner's village",
			"TEGUCIGALPA, 5 DEC 89 (EFE) -- A BOMB EXPLODED AT THE HONDURAN EMBASSY AT SAN JOSE.",
			"TEGUCIGALPA=HN/place HONDURAN=HN/country SAN JOSE=CR/place"},
		{"a consulate's town is the host's, not the owner's",
			"SANTIAGO, 5 DEC 89 (EFE) -- A BOMB EXPLODED AT THE CHILEAN CONSULATE IN MENDOZA.",
			"SANTIAGO=CL/place CHILEAN=CL/country MENDOZA=AR/place"},
		{"a dateline naming only a group's station is filed from the group's country",
			"CLANDESTINE, 2 DEC 89 (RADIO VENCEREMOS) -- THE ARMY SHELLED SAN MIGUEL LAST NIGHT.",
			"SAN MIGUEL=SV/place"},
		{"a city no other place is named like keeps its own country under another country's dateline",
			"JERUSALEM, May 6 - Israeli aircraft struck a house in Gaza City on Sunday, Israeli officials said.",
			"JERUSALEM=IL/place Israeli=IL/country Gaza City=PS/place Israeli=IL/country"},
		{"the definite installation points back to the one a demonym owns; a station named after a city places nothing",
			"BAGHDAD, March 13 - Iraq said its jets hit an Iranian oil terminal. The planes raided the oil terminal at Kharg Island, a communique read on Baghdad radio said.",
			"BAGHDAD=IQ/place Iraq=IQ/country Iranian=IR/country Kharg Island=IR/place"},
		{"a province alone, in a country the story names, is the province when the town of its name abroad does not resolve",
			"DUHOK, Iraq - A Turkish air strike hit a village near Zakho in northern Iraq on Sunday, Iraqi officials said. The Turkish defence ministry called it a response to an attack on a border post in Hakkari.",
			"DUHOK=IQ/place Iraq=IQ/country Turkish=TR/country Zakho=IQ/place Iraq=IQ/country Iraqi=IQ/country Turkish=TR/country Hakkari=TR/admin1"},
		{"a capital abroad is the capital, not a town the gazetteer lacks",
			"Japan's exports rose in March, and Tokyo said Japan's trade gap would narrow as Japan's firms built plants in the city of Amsterdam.",
			"Japan=JP/country Tokyo=JP/place Japan=JP/country Japan=JP/country Amsterdam=NL/place"},
		{"a capital named by its country is the city",
			"A bomb exploded in the Afghan capital on Monday, and gunmen attacked a bank in the capital of Somalia.",
			"Afghan capital=AF/place capital of Somalia=SO/place"},
		{"a capital named beside its country is its own mention",
			"A bomb exploded in the Afghan capital, Kabul, on Monday.",
			"Afghan=AF/country Kabul=AF/place"},
		{"a capital a distance is measured from stays the country's word",
			"Gunmen ambushed a convoy near Afgooye, 30 km northwest of the Somali capital, on Tuesday.",
			"Afgooye=SO/place Somali=SO/country"},
		{"a place named with its department lies in it: the gazetteer's namesake abroad is not it",
			"Gunmen killed four farmers in San Antonio, in the department of Chalatenango, the Salvadoran army said.",
			"San Antonio=?(in Chalatenango) Chalatenango=SV/admin1 Salvadoran=SV/country"},
		{"a place named with its province is the one of that name there",
			"Rebels ambushed a patrol near San Jose, Occidental Mindoro province, on Monday.",
			"San Jose=PH/place Occidental Mindoro=PH/admin2"},
		{"a name the gazetteer has only in part, then its department, in capitals",
			"SAN SALVADOR, 12 MAR 90 (RADIO CADENA) -- GUERRILLAS KILLED TWO SOLDIERS YESTERDAY IN SAN ANTONIO LOS RANCHOS, IN CHALATENANGO.",
			"SAN SALVADOR=SV/place SAN ANTONIO LOS RANCHOS=?(in CHALATENANGO) CHALATENANGO=SV/place"},
		{"towns listed one after another hold nothing",
			"Clashes were reported in Santa Ana, Usulutan and San Miguel on Friday.",
			"Santa Ana=SV/place Usulutan=SV/place San Miguel=SV/place"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := readPassage(t, "2020-05-02", "", tt.body)
			a.resolvePlaces()
			var got []string
			for _, m := range a.places {
				s := a.text(m.t0, m.t1) + "="
				if m.chosen == nil {
					s += "?"
					if m.in >= 0 {
						s += "(in " + a.text(a.places[m.in].t0, a.places[m.in].t1) + ")"
					}
				} else {
					s += m.chosen.CountryCode + "/" + m.chosen.Kind.String()
				}
				got = append(got, s)
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("places\n got %s\nwant %s", g, tt.want)
			}
		})
	}
}
